// What the bundle gets when the toolkit imports 'undici' (tsconfig.json maps
// the name here, for ncc; jest's resolver ignores the mapping, so the tests
// run the toolkit with the real undici). @actions/http-client imports undici's
// ProxyAgent and @actions/github its fetch, at load time, for the toolkit's
// default fetch. runlens never uses that fetch: every client it makes sends
// its requests through transport.ts (node:http with the toolkit's
// proxy-aware agents). Bundling undici anyway would load 900 KB in every run:
// a third of the action's start-up and 8 MB of memory (issue 6).
//
// So the two names are stand-ins: a ProxyAgent that only records its options
// (@actions/github makes one at load time when HTTPS_PROXY is set), and a
// fetch that says plainly that it is not there, should anything ever call it.

/** Records the options @actions/http-client makes a proxy agent with; sends nothing. */
export class ProxyAgent {
  constructor(readonly options: unknown) {}
}

/** The toolkit's default fetch, left out of the bundle: always rejects. */
export function fetch(): Promise<never> {
  return Promise.reject(
    new Error(
      "runlens bundles no undici: requests go through its own transport (src/transport.ts), not the toolkit's default fetch."
    )
  )
}

// What the bundle gets when @actions/github imports
// @octokit/plugin-rest-endpoint-methods (tsconfig.json maps the name here, for
// ncc and the type check; jest's resolver ignores the mapping, so the tests
// run the toolkit with the real plugin). That plugin gives octokit a method
// for every REST route, `octokit.rest.<scope>.<method>()`, from a table of
// about a thousand routes that is built while the bundle loads: 98 KB of
// source, about 5 ms of every run's start-up and 2.5 MB of memory (issue 6).
// runlens names the route of every request it makes
// (`octokit.request({ method: 'GET', url })`) and calls none of those methods.
//
// So `rest` is empty, and typed so that a call such as
// `octokit.rest.actions.getJob()` fails the type check, not the bundle.

/** No scope: `octokit.rest.actions` is undefined in the bundle. */
export type NoRestMethods = Record<string, never>

/** What the plugin adds to a client; @actions/github's types name it. */
export interface Api {
  rest: NoRestMethods
}

/** The plugin @actions/github adds to every client: an empty `rest`. */
export function restEndpointMethods(): Api {
  return { rest: {} }
}
restEndpointMethods.VERSION = 'runlens-stand-in'

/** The plugin's other export (scopes on octokit itself too); @actions/github does not use it. */
export const legacyRestEndpointMethods = restEndpointMethods

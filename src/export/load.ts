// The one way into the export from outside export/: a dynamic import, so that
// ncc puts the OpenTelemetry SDK (1.0 MB of bundled code) in chunks of their
// own next to the bundle (dist/<n>.index.js), which Node reads only when this
// is called, i.e. only when an endpoint is set. Checked on a build that calls
// it: without an endpoint only index.js is opened and the chunks may even be
// deleted; cold start unchanged (bench, --only cold). The architecture test
// keeps every other path to the SDK out of src/ outside export/.

/** The export module's functions, loaded on first use. */
export type OtlpExport = typeof import('./otlp.js')

export async function loadOtlpExport(): Promise<OtlpExport> {
  return await import('./otlp.js')
}

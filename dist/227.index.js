export const id = 227;
export const ids = [227];
export const modules = {

/***/ 6227:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   exportSpans: () => (/* binding */ exportSpans),
/* harmony export */   hrTime: () => (/* binding */ hrTime),
/* harmony export */   tracesUrl: () => (/* binding */ tracesUrl)
/* harmony export */ });
/* harmony import */ var _opentelemetry_api__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3914);
/* harmony import */ var _opentelemetry_core__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(4637);
/* harmony import */ var _opentelemetry_exporter_trace_otlp_http__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(6004);
/* harmony import */ var _opentelemetry_exporter_trace_otlp_proto__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(7358);
/* harmony import */ var _opentelemetry_resources__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5647);
/* harmony import */ var _opentelemetry_semantic_conventions__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2123);
/* harmony import */ var _model_otlp_options_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4425);
// The OTLP export: planned spans (plain data with their ids and times already
// chosen) become the SDK's ReadableSpan objects and are sent by the
// OpenTelemetry OTLP exporter, in batches, with the exporter's own retries.
// This module pulls in the whole SDK, so the edges load it with a dynamic
// import only when an endpoint is set: a report without export never reads it
// (it is a separate chunk of the bundle).







const KINDS = {
    internal: _opentelemetry_api__WEBPACK_IMPORTED_MODULE_1__.SpanKind.INTERNAL,
    server: _opentelemetry_api__WEBPACK_IMPORTED_MODULE_1__.SpanKind.SERVER,
    client: _opentelemetry_api__WEBPACK_IMPORTED_MODULE_1__.SpanKind.CLIENT,
    producer: _opentelemetry_api__WEBPACK_IMPORTED_MODULE_1__.SpanKind.PRODUCER,
    consumer: _opentelemetry_api__WEBPACK_IMPORTED_MODULE_1__.SpanKind.CONSUMER
};
const STATUS = {
    ok: _opentelemetry_api__WEBPACK_IMPORTED_MODULE_1__.SpanStatusCode.OK,
    error: _opentelemetry_api__WEBPACK_IMPORTED_MODULE_1__.SpanStatusCode.ERROR,
    unset: _opentelemetry_api__WEBPACK_IMPORTED_MODULE_1__.SpanStatusCode.UNSET
};
const TRACE_ID = /^[0-9a-f]{32}$/;
const SPAN_ID = /^[0-9a-f]{16}$/;
const NS = /^\d{1,20}$/;
/**
 * The traces URL from a base endpoint, as the OTLP exporter specification
 * says: `v1/traces` added to the base's path.
 * ex. `https://otel.example.com:4318` → `https://otel.example.com:4318/v1/traces`;
 * `https://host/otlp/` → `https://host/otlp/v1/traces`.
 */
const tracesUrl = _model_otlp_options_js__WEBPACK_IMPORTED_MODULE_0__/* .tracesUrlOf */ .le;
/**
 * Nanoseconds since the epoch (a decimal string) as the SDK's [seconds, nanos].
 * ex. `"1700000000123456789"` → `[1700000000, 123456789]`.
 */
function hrTime(ns) {
    const value = BigInt(ns);
    return [Number(value / 1000000000n), Number(value % 1000000000n)];
}
/** Why a planned span cannot be sent, or `null`. */
function invalid(span) {
    if (!TRACE_ID.test(span.traceId))
        return `trace id ${span.traceId}`;
    if (!SPAN_ID.test(span.spanId))
        return `span id ${span.spanId}`;
    if (span.parentSpanId !== null && !SPAN_ID.test(span.parentSpanId)) {
        return `parent span id ${span.parentSpanId}`;
    }
    if (!NS.test(span.startNs) || !NS.test(span.endNs))
        return `times ${span.startNs}–${span.endNs}`;
    return null;
}
/** The SDK's finished span for a planned one: the exporter reads nothing else. */
function readable(span, resource, scope) {
    const startTime = hrTime(span.startNs);
    const endTime = hrTime(span.endNs);
    const durationNs = BigInt(span.endNs) - BigInt(span.startNs);
    const context = { traceId: span.traceId, spanId: span.spanId, traceFlags: _opentelemetry_api__WEBPACK_IMPORTED_MODULE_1__.TraceFlags.SAMPLED };
    return {
        name: span.name,
        kind: KINDS[span.kind],
        spanContext: () => context,
        ...(span.parentSpanId === null
            ? {}
            : {
                parentSpanContext: {
                    traceId: span.traceId,
                    spanId: span.parentSpanId,
                    traceFlags: _opentelemetry_api__WEBPACK_IMPORTED_MODULE_1__.TraceFlags.SAMPLED
                }
            }),
        startTime,
        endTime,
        duration: hrTime(String(durationNs < 0n ? 0n : durationNs)),
        status: {
            code: STATUS[span.status],
            ...(span.statusMessage === undefined ? {} : { message: span.statusMessage })
        },
        attributes: span.attributes,
        links: (span.links ?? []).map((link) => ({
            context: { traceId: link.traceId, spanId: link.spanId, traceFlags: _opentelemetry_api__WEBPACK_IMPORTED_MODULE_1__.TraceFlags.SAMPLED }
        })),
        events: [],
        ended: true,
        resource,
        instrumentationScope: scope,
        droppedAttributesCount: 0,
        droppedEventsCount: 0,
        droppedLinksCount: 0
    };
}
/**
 * Sends the spans to the endpoint, `batchSize` per request, one request at a
 * time, taking them from the iterable as it goes: only one batch of spans
 * exists at once (with a plan made as it is read). Each request gets
 * the exporter's retries (429, 502, 503, 504, honouring `Retry-After`) within
 * what is left of `timeoutMs`; the first batch that fails ends the export.
 * Never throws: the outcome says how many spans were accepted and why not all.
 */
async function exportSpans(spans, opts) {
    let exported = 0;
    try {
        const url = opts.tracesEndpoint || tracesUrl(opts.endpoint);
        const resource = (0,_opentelemetry_resources__WEBPACK_IMPORTED_MODULE_2__.resourceFromAttributes)({ [_opentelemetry_semantic_conventions__WEBPACK_IMPORTED_MODULE_3__/* .ATTR_SERVICE_NAME */ .UX4]: opts.serviceName });
        const scope = { name: 'runlens' };
        const size = Math.max(1, opts.batchSize ?? 1000);
        const deadline = Date.now() + opts.timeoutMs;
        // One batch at a time from the iterable: a plan made as it is sent holds
        // no more than `size` spans, whatever the run's size.
        let batch = [];
        const flush = async () => {
            const bad = batch.map(invalid).find((why) => why !== null);
            if (bad)
                return `Not exported: a span has an invalid ${bad}.`;
            const left = deadline - Date.now();
            if (left <= 0)
                return `Timed out after ${opts.timeoutMs} ms.`;
            const sdk = batch.map((s) => readable(s, resource, scope));
            const error = await send(sdk, { url, headers: opts.headers, protocol: opts.protocol, left });
            if (error !== null)
                return error;
            exported += batch.length;
            batch = [];
            return null;
        };
        for (const span of spans) {
            batch.push(span);
            if (batch.length < size)
                continue;
            const error = await flush();
            if (error !== null)
                return { exported, error };
        }
        if (batch.length > 0) {
            const error = await flush();
            if (error !== null)
                return { exported, error };
        }
        return { exported, error: null };
    }
    catch (error) {
        return { exported, error: error instanceof Error ? error.message : String(error) };
    }
}
/**
 * One request and its retries, with an exporter made for it: its timeout is
 * the time left, and the exporter applies it to the retries too.
 */
async function send(batch, to) {
    const config = { url: to.url, headers: to.headers, timeoutMillis: Math.ceil(to.left) };
    const exporter = to.protocol === 'http/json' ? new _opentelemetry_exporter_trace_otlp_http__WEBPACK_IMPORTED_MODULE_4__/* .OTLPTraceExporter */ .Q(config) : new _opentelemetry_exporter_trace_otlp_proto__WEBPACK_IMPORTED_MODULE_5__/* .OTLPTraceExporter */ .Q(config);
    try {
        const result = await new Promise((done) => exporter.export(batch, done));
        if (result.code === _opentelemetry_core__WEBPACK_IMPORTED_MODULE_6__.ExportResultCode.SUCCESS)
            return null;
        return result.error?.message || 'The export failed.';
    }
    finally {
        await exporter.shutdown();
    }
}


/***/ })

};

//# sourceMappingURL=227.index.js.map
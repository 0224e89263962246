#!/usr/bin/env node
import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 770:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {

module.exports = __nccwpck_require__(218);


/***/ }),

/***/ 218:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

var __webpack_unused_export__;


var net = __nccwpck_require__(278);
var tls = __nccwpck_require__(756);
var http = __nccwpck_require__(611);
var https = __nccwpck_require__(692);
var events = __nccwpck_require__(434);
var assert = __nccwpck_require__(613);
var util = __nccwpck_require__(23);


exports.httpOverHttp = httpOverHttp;
exports.httpsOverHttp = httpsOverHttp;
exports.httpOverHttps = httpOverHttps;
exports.httpsOverHttps = httpsOverHttps;


function httpOverHttp(options) {
  var agent = new TunnelingAgent(options);
  agent.request = http.request;
  return agent;
}

function httpsOverHttp(options) {
  var agent = new TunnelingAgent(options);
  agent.request = http.request;
  agent.createSocket = createSecureSocket;
  agent.defaultPort = 443;
  return agent;
}

function httpOverHttps(options) {
  var agent = new TunnelingAgent(options);
  agent.request = https.request;
  return agent;
}

function httpsOverHttps(options) {
  var agent = new TunnelingAgent(options);
  agent.request = https.request;
  agent.createSocket = createSecureSocket;
  agent.defaultPort = 443;
  return agent;
}


function TunnelingAgent(options) {
  var self = this;
  self.options = options || {};
  self.proxyOptions = self.options.proxy || {};
  self.maxSockets = self.options.maxSockets || http.Agent.defaultMaxSockets;
  self.requests = [];
  self.sockets = [];

  self.on('free', function onFree(socket, host, port, localAddress) {
    var options = toOptions(host, port, localAddress);
    for (var i = 0, len = self.requests.length; i < len; ++i) {
      var pending = self.requests[i];
      if (pending.host === options.host && pending.port === options.port) {
        // Detect the request to connect same origin server,
        // reuse the connection.
        self.requests.splice(i, 1);
        pending.request.onSocket(socket);
        return;
      }
    }
    socket.destroy();
    self.removeSocket(socket);
  });
}
util.inherits(TunnelingAgent, events.EventEmitter);

TunnelingAgent.prototype.addRequest = function addRequest(req, host, port, localAddress) {
  var self = this;
  var options = mergeOptions({request: req}, self.options, toOptions(host, port, localAddress));

  if (self.sockets.length >= this.maxSockets) {
    // We are over limit so we'll add it to the queue.
    self.requests.push(options);
    return;
  }

  // If we are under maxSockets create a new one.
  self.createSocket(options, function(socket) {
    socket.on('free', onFree);
    socket.on('close', onCloseOrRemove);
    socket.on('agentRemove', onCloseOrRemove);
    req.onSocket(socket);

    function onFree() {
      self.emit('free', socket, options);
    }

    function onCloseOrRemove(err) {
      self.removeSocket(socket);
      socket.removeListener('free', onFree);
      socket.removeListener('close', onCloseOrRemove);
      socket.removeListener('agentRemove', onCloseOrRemove);
    }
  });
};

TunnelingAgent.prototype.createSocket = function createSocket(options, cb) {
  var self = this;
  var placeholder = {};
  self.sockets.push(placeholder);

  var connectOptions = mergeOptions({}, self.proxyOptions, {
    method: 'CONNECT',
    path: options.host + ':' + options.port,
    agent: false,
    headers: {
      host: options.host + ':' + options.port
    }
  });
  if (options.localAddress) {
    connectOptions.localAddress = options.localAddress;
  }
  if (connectOptions.proxyAuth) {
    connectOptions.headers = connectOptions.headers || {};
    connectOptions.headers['Proxy-Authorization'] = 'Basic ' +
        new Buffer(connectOptions.proxyAuth).toString('base64');
  }

  debug('making CONNECT request');
  var connectReq = self.request(connectOptions);
  connectReq.useChunkedEncodingByDefault = false; // for v0.6
  connectReq.once('response', onResponse); // for v0.6
  connectReq.once('upgrade', onUpgrade);   // for v0.6
  connectReq.once('connect', onConnect);   // for v0.7 or later
  connectReq.once('error', onError);
  connectReq.end();

  function onResponse(res) {
    // Very hacky. This is necessary to avoid http-parser leaks.
    res.upgrade = true;
  }

  function onUpgrade(res, socket, head) {
    // Hacky.
    process.nextTick(function() {
      onConnect(res, socket, head);
    });
  }

  function onConnect(res, socket, head) {
    connectReq.removeAllListeners();
    socket.removeAllListeners();

    if (res.statusCode !== 200) {
      debug('tunneling socket could not be established, statusCode=%d',
        res.statusCode);
      socket.destroy();
      var error = new Error('tunneling socket could not be established, ' +
        'statusCode=' + res.statusCode);
      error.code = 'ECONNRESET';
      options.request.emit('error', error);
      self.removeSocket(placeholder);
      return;
    }
    if (head.length > 0) {
      debug('got illegal response body from proxy');
      socket.destroy();
      var error = new Error('got illegal response body from proxy');
      error.code = 'ECONNRESET';
      options.request.emit('error', error);
      self.removeSocket(placeholder);
      return;
    }
    debug('tunneling connection has established');
    self.sockets[self.sockets.indexOf(placeholder)] = socket;
    return cb(socket);
  }

  function onError(cause) {
    connectReq.removeAllListeners();

    debug('tunneling socket could not be established, cause=%s\n',
          cause.message, cause.stack);
    var error = new Error('tunneling socket could not be established, ' +
                          'cause=' + cause.message);
    error.code = 'ECONNRESET';
    options.request.emit('error', error);
    self.removeSocket(placeholder);
  }
};

TunnelingAgent.prototype.removeSocket = function removeSocket(socket) {
  var pos = this.sockets.indexOf(socket)
  if (pos === -1) {
    return;
  }
  this.sockets.splice(pos, 1);

  var pending = this.requests.shift();
  if (pending) {
    // If we have pending requests and a socket gets closed a new one
    // needs to be created to take over in the pool for the one that closed.
    this.createSocket(pending, function(socket) {
      pending.request.onSocket(socket);
    });
  }
};

function createSecureSocket(options, cb) {
  var self = this;
  TunnelingAgent.prototype.createSocket.call(self, options, function(socket) {
    var hostHeader = options.request.getHeader('host');
    var tlsOptions = mergeOptions({}, self.options, {
      socket: socket,
      servername: hostHeader ? hostHeader.replace(/:.*$/, '') : options.host
    });

    // 0 is dummy port for v0.6
    var secureSocket = tls.connect(0, tlsOptions);
    self.sockets[self.sockets.indexOf(socket)] = secureSocket;
    cb(secureSocket);
  });
}


function toOptions(host, port, localAddress) {
  if (typeof host === 'string') { // since v0.10
    return {
      host: host,
      port: port,
      localAddress: localAddress
    };
  }
  return host; // for v0.11 or later
}

function mergeOptions(target) {
  for (var i = 1, len = arguments.length; i < len; ++i) {
    var overrides = arguments[i];
    if (typeof overrides === 'object') {
      var keys = Object.keys(overrides);
      for (var j = 0, keyLen = keys.length; j < keyLen; ++j) {
        var k = keys[j];
        if (overrides[k] !== undefined) {
          target[k] = overrides[k];
        }
      }
    }
  }
  return target;
}


var debug;
if (process.env.NODE_DEBUG && /\btunnel\b/.test(process.env.NODE_DEBUG)) {
  debug = function() {
    var args = Array.prototype.slice.call(arguments);
    if (typeof args[0] === 'string') {
      args[0] = 'TUNNEL: ' + args[0];
    } else {
      args.unshift('TUNNEL:');
    }
    console.error.apply(console, args);
  }
} else {
  debug = function() {};
}
__webpack_unused_export__ = debug; // for test


/***/ }),

/***/ 486:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var node_v8__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(877);
/* harmony import */ var node_v8__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_v8__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _main_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(177);
// The `runlens` command's entry point: the process's heap setting (see
// src/index.ts: the young generation kept from growing, which cuts the peak
// memory of a large run by a third), then the call to main.


(0,node_v8__WEBPACK_IMPORTED_MODULE_0__.setFlagsFromString)('--semi-space-growth-factor=1');
// `runlens … | head` closes the pipe early: that is not an error.
process.stdout.on('error', (error) => {
    if (error.code === 'EPIPE')
        process.exit(process.exitCode ?? 0);
    throw error;
});
process.exitCode = await (0,_main_js__WEBPACK_IMPORTED_MODULE_1__/* .main */ .i)();

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 177:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  i: () => (/* binding */ main)
});

;// CONCATENATED MODULE: external "node:timers/promises"
const promises_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:timers/promises");
;// CONCATENATED MODULE: external "fs"
const external_fs_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs");
;// CONCATENATED MODULE: external "os"
const external_os_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("os");
;// CONCATENATED MODULE: ./node_modules/@actions/github/lib/context.js


class Context {
    /**
     * Hydrate the context from the environment
     */
    constructor() {
        var _a, _b, _c;
        this.payload = {};
        if (process.env.GITHUB_EVENT_PATH) {
            if ((0,external_fs_namespaceObject.existsSync)(process.env.GITHUB_EVENT_PATH)) {
                this.payload = JSON.parse((0,external_fs_namespaceObject.readFileSync)(process.env.GITHUB_EVENT_PATH, { encoding: 'utf8' }));
            }
            else {
                const path = process.env.GITHUB_EVENT_PATH;
                process.stdout.write(`GITHUB_EVENT_PATH ${path} does not exist${external_os_namespaceObject.EOL}`);
            }
        }
        this.eventName = process.env.GITHUB_EVENT_NAME;
        this.sha = process.env.GITHUB_SHA;
        this.ref = process.env.GITHUB_REF;
        this.workflow = process.env.GITHUB_WORKFLOW;
        this.action = process.env.GITHUB_ACTION;
        this.actor = process.env.GITHUB_ACTOR;
        this.job = process.env.GITHUB_JOB;
        this.runAttempt = parseInt(process.env.GITHUB_RUN_ATTEMPT, 10);
        this.runNumber = parseInt(process.env.GITHUB_RUN_NUMBER, 10);
        this.runId = parseInt(process.env.GITHUB_RUN_ID, 10);
        this.apiUrl = (_a = process.env.GITHUB_API_URL) !== null && _a !== void 0 ? _a : `https://api.github.com`;
        this.serverUrl = (_b = process.env.GITHUB_SERVER_URL) !== null && _b !== void 0 ? _b : `https://github.com`;
        this.graphqlUrl =
            (_c = process.env.GITHUB_GRAPHQL_URL) !== null && _c !== void 0 ? _c : `https://api.github.com/graphql`;
    }
    get issue() {
        const payload = this.payload;
        return Object.assign(Object.assign({}, this.repo), { number: (payload.issue || payload.pull_request || payload).number });
    }
    get repo() {
        if (process.env.GITHUB_REPOSITORY) {
            const [owner, repo] = process.env.GITHUB_REPOSITORY.split('/');
            return { owner, repo };
        }
        if (this.payload.repository) {
            return {
                owner: this.payload.repository.owner.login,
                repo: this.payload.repository.name
            };
        }
        throw new Error("context.repo requires a GITHUB_REPOSITORY environment variable like 'owner/repo'");
    }
}
//# sourceMappingURL=context.js.map
// EXTERNAL MODULE: external "http"
var external_http_ = __nccwpck_require__(611);
var external_http_namespaceObject = /*#__PURE__*/__nccwpck_require__.t(external_http_, 2);
// EXTERNAL MODULE: external "https"
var external_https_ = __nccwpck_require__(692);
var external_https_namespaceObject = /*#__PURE__*/__nccwpck_require__.t(external_https_, 2);
;// CONCATENATED MODULE: ./node_modules/@actions/http-client/lib/proxy.js
function getProxyUrl(reqUrl) {
    const usingSsl = reqUrl.protocol === 'https:';
    if (checkBypass(reqUrl)) {
        return undefined;
    }
    const proxyVar = (() => {
        if (usingSsl) {
            return process.env['https_proxy'] || process.env['HTTPS_PROXY'];
        }
        else {
            return process.env['http_proxy'] || process.env['HTTP_PROXY'];
        }
    })();
    if (proxyVar) {
        try {
            return new DecodedURL(proxyVar);
        }
        catch (_a) {
            if (!proxyVar.startsWith('http://') && !proxyVar.startsWith('https://'))
                return new DecodedURL(`http://${proxyVar}`);
        }
    }
    else {
        return undefined;
    }
}
function checkBypass(reqUrl) {
    if (!reqUrl.hostname) {
        return false;
    }
    const reqHost = reqUrl.hostname;
    if (isLoopbackAddress(reqHost)) {
        return true;
    }
    const noProxy = process.env['no_proxy'] || process.env['NO_PROXY'] || '';
    if (!noProxy) {
        return false;
    }
    // Determine the request port
    let reqPort;
    if (reqUrl.port) {
        reqPort = Number(reqUrl.port);
    }
    else if (reqUrl.protocol === 'http:') {
        reqPort = 80;
    }
    else if (reqUrl.protocol === 'https:') {
        reqPort = 443;
    }
    // Format the request hostname and hostname with port
    const upperReqHosts = [reqUrl.hostname.toUpperCase()];
    if (typeof reqPort === 'number') {
        upperReqHosts.push(`${upperReqHosts[0]}:${reqPort}`);
    }
    // Compare request host against noproxy
    for (const upperNoProxyItem of noProxy
        .split(',')
        .map(x => x.trim().toUpperCase())
        .filter(x => x)) {
        if (upperNoProxyItem === '*' ||
            upperReqHosts.some(x => x === upperNoProxyItem ||
                x.endsWith(`.${upperNoProxyItem}`) ||
                (upperNoProxyItem.startsWith('.') &&
                    x.endsWith(`${upperNoProxyItem}`)))) {
            return true;
        }
    }
    return false;
}
function isLoopbackAddress(host) {
    const hostLower = host.toLowerCase();
    return (hostLower === 'localhost' ||
        hostLower.startsWith('127.') ||
        hostLower.startsWith('[::1]') ||
        hostLower.startsWith('[0:0:0:0:0:0:0:1]'));
}
class DecodedURL extends URL {
    constructor(url, base) {
        super(url, base);
        this._decodedUsername = decodeURIComponent(super.username);
        this._decodedPassword = decodeURIComponent(super.password);
    }
    get username() {
        return this._decodedUsername;
    }
    get password() {
        return this._decodedPassword;
    }
}
//# sourceMappingURL=proxy.js.map
// EXTERNAL MODULE: ./node_modules/tunnel/index.js
var tunnel = __nccwpck_require__(770);
;// CONCATENATED MODULE: ./src/undici-stand-in.ts
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
class ProxyAgent {
    options;
    constructor(options) {
        this.options = options;
    }
}
/** The toolkit's default fetch, left out of the bundle: always rejects. */
function fetch() {
    return Promise.reject(new Error("runlens bundles no undici: requests go through its own transport (src/transport.ts), not the toolkit's default fetch."));
}

;// CONCATENATED MODULE: ./node_modules/@actions/http-client/lib/index.js
/* eslint-disable @typescript-eslint/no-explicit-any */
var __awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};





var HttpCodes;
(function (HttpCodes) {
    HttpCodes[HttpCodes["OK"] = 200] = "OK";
    HttpCodes[HttpCodes["MultipleChoices"] = 300] = "MultipleChoices";
    HttpCodes[HttpCodes["MovedPermanently"] = 301] = "MovedPermanently";
    HttpCodes[HttpCodes["ResourceMoved"] = 302] = "ResourceMoved";
    HttpCodes[HttpCodes["SeeOther"] = 303] = "SeeOther";
    HttpCodes[HttpCodes["NotModified"] = 304] = "NotModified";
    HttpCodes[HttpCodes["UseProxy"] = 305] = "UseProxy";
    HttpCodes[HttpCodes["SwitchProxy"] = 306] = "SwitchProxy";
    HttpCodes[HttpCodes["TemporaryRedirect"] = 307] = "TemporaryRedirect";
    HttpCodes[HttpCodes["PermanentRedirect"] = 308] = "PermanentRedirect";
    HttpCodes[HttpCodes["BadRequest"] = 400] = "BadRequest";
    HttpCodes[HttpCodes["Unauthorized"] = 401] = "Unauthorized";
    HttpCodes[HttpCodes["PaymentRequired"] = 402] = "PaymentRequired";
    HttpCodes[HttpCodes["Forbidden"] = 403] = "Forbidden";
    HttpCodes[HttpCodes["NotFound"] = 404] = "NotFound";
    HttpCodes[HttpCodes["MethodNotAllowed"] = 405] = "MethodNotAllowed";
    HttpCodes[HttpCodes["NotAcceptable"] = 406] = "NotAcceptable";
    HttpCodes[HttpCodes["ProxyAuthenticationRequired"] = 407] = "ProxyAuthenticationRequired";
    HttpCodes[HttpCodes["RequestTimeout"] = 408] = "RequestTimeout";
    HttpCodes[HttpCodes["Conflict"] = 409] = "Conflict";
    HttpCodes[HttpCodes["Gone"] = 410] = "Gone";
    HttpCodes[HttpCodes["TooManyRequests"] = 429] = "TooManyRequests";
    HttpCodes[HttpCodes["InternalServerError"] = 500] = "InternalServerError";
    HttpCodes[HttpCodes["NotImplemented"] = 501] = "NotImplemented";
    HttpCodes[HttpCodes["BadGateway"] = 502] = "BadGateway";
    HttpCodes[HttpCodes["ServiceUnavailable"] = 503] = "ServiceUnavailable";
    HttpCodes[HttpCodes["GatewayTimeout"] = 504] = "GatewayTimeout";
})(HttpCodes || (HttpCodes = {}));
var Headers;
(function (Headers) {
    Headers["Accept"] = "accept";
    Headers["ContentType"] = "content-type";
})(Headers || (Headers = {}));
var MediaTypes;
(function (MediaTypes) {
    MediaTypes["ApplicationJson"] = "application/json";
})(MediaTypes || (MediaTypes = {}));
/**
 * Returns the proxy URL, depending upon the supplied url and proxy environment variables.
 * @param serverUrl  The server URL where the request will be sent. For example, https://api.github.com
 */
function lib_getProxyUrl(serverUrl) {
    const proxyUrl = pm.getProxyUrl(new URL(serverUrl));
    return proxyUrl ? proxyUrl.href : '';
}
const HttpRedirectCodes = [
    HttpCodes.MovedPermanently,
    HttpCodes.ResourceMoved,
    HttpCodes.SeeOther,
    HttpCodes.TemporaryRedirect,
    HttpCodes.PermanentRedirect
];
const HttpResponseRetryCodes = [
    HttpCodes.BadGateway,
    HttpCodes.ServiceUnavailable,
    HttpCodes.GatewayTimeout
];
const RetryableHttpVerbs = ['OPTIONS', 'GET', 'DELETE', 'HEAD'];
const ExponentialBackoffCeiling = 10;
const ExponentialBackoffTimeSlice = 5;
class HttpClientError extends Error {
    constructor(message, statusCode) {
        super(message);
        this.name = 'HttpClientError';
        this.statusCode = statusCode;
        Object.setPrototypeOf(this, HttpClientError.prototype);
    }
}
class HttpClientResponse {
    constructor(message) {
        this.message = message;
    }
    readBody() {
        return __awaiter(this, void 0, void 0, function* () {
            return new Promise((resolve) => __awaiter(this, void 0, void 0, function* () {
                let output = Buffer.alloc(0);
                this.message.on('data', (chunk) => {
                    output = Buffer.concat([output, chunk]);
                });
                this.message.on('end', () => {
                    resolve(output.toString());
                });
            }));
        });
    }
    readBodyBuffer() {
        return __awaiter(this, void 0, void 0, function* () {
            return new Promise((resolve) => __awaiter(this, void 0, void 0, function* () {
                const chunks = [];
                this.message.on('data', (chunk) => {
                    chunks.push(chunk);
                });
                this.message.on('end', () => {
                    resolve(Buffer.concat(chunks));
                });
            }));
        });
    }
}
function isHttps(requestUrl) {
    const parsedUrl = new URL(requestUrl);
    return parsedUrl.protocol === 'https:';
}
class HttpClient {
    constructor(userAgent, handlers, requestOptions) {
        this._ignoreSslError = false;
        this._allowRedirects = true;
        this._allowRedirectDowngrade = false;
        this._maxRedirects = 50;
        this._allowRetries = false;
        this._maxRetries = 1;
        this._keepAlive = false;
        this._disposed = false;
        this.userAgent = this._getUserAgentWithOrchestrationId(userAgent);
        this.handlers = handlers || [];
        this.requestOptions = requestOptions;
        if (requestOptions) {
            if (requestOptions.ignoreSslError != null) {
                this._ignoreSslError = requestOptions.ignoreSslError;
            }
            this._socketTimeout = requestOptions.socketTimeout;
            if (requestOptions.allowRedirects != null) {
                this._allowRedirects = requestOptions.allowRedirects;
            }
            if (requestOptions.allowRedirectDowngrade != null) {
                this._allowRedirectDowngrade = requestOptions.allowRedirectDowngrade;
            }
            if (requestOptions.maxRedirects != null) {
                this._maxRedirects = Math.max(requestOptions.maxRedirects, 0);
            }
            if (requestOptions.keepAlive != null) {
                this._keepAlive = requestOptions.keepAlive;
            }
            if (requestOptions.allowRetries != null) {
                this._allowRetries = requestOptions.allowRetries;
            }
            if (requestOptions.maxRetries != null) {
                this._maxRetries = requestOptions.maxRetries;
            }
        }
    }
    options(requestUrl, additionalHeaders) {
        return __awaiter(this, void 0, void 0, function* () {
            return this.request('OPTIONS', requestUrl, null, additionalHeaders || {});
        });
    }
    get(requestUrl, additionalHeaders) {
        return __awaiter(this, void 0, void 0, function* () {
            return this.request('GET', requestUrl, null, additionalHeaders || {});
        });
    }
    del(requestUrl, additionalHeaders) {
        return __awaiter(this, void 0, void 0, function* () {
            return this.request('DELETE', requestUrl, null, additionalHeaders || {});
        });
    }
    post(requestUrl, data, additionalHeaders) {
        return __awaiter(this, void 0, void 0, function* () {
            return this.request('POST', requestUrl, data, additionalHeaders || {});
        });
    }
    patch(requestUrl, data, additionalHeaders) {
        return __awaiter(this, void 0, void 0, function* () {
            return this.request('PATCH', requestUrl, data, additionalHeaders || {});
        });
    }
    put(requestUrl, data, additionalHeaders) {
        return __awaiter(this, void 0, void 0, function* () {
            return this.request('PUT', requestUrl, data, additionalHeaders || {});
        });
    }
    head(requestUrl, additionalHeaders) {
        return __awaiter(this, void 0, void 0, function* () {
            return this.request('HEAD', requestUrl, null, additionalHeaders || {});
        });
    }
    sendStream(verb, requestUrl, stream, additionalHeaders) {
        return __awaiter(this, void 0, void 0, function* () {
            return this.request(verb, requestUrl, stream, additionalHeaders);
        });
    }
    /**
     * Gets a typed object from an endpoint
     * Be aware that not found returns a null.  Other errors (4xx, 5xx) reject the promise
     */
    getJson(requestUrl_1) {
        return __awaiter(this, arguments, void 0, function* (requestUrl, additionalHeaders = {}) {
            additionalHeaders[Headers.Accept] = this._getExistingOrDefaultHeader(additionalHeaders, Headers.Accept, MediaTypes.ApplicationJson);
            const res = yield this.get(requestUrl, additionalHeaders);
            return this._processResponse(res, this.requestOptions);
        });
    }
    postJson(requestUrl_1, obj_1) {
        return __awaiter(this, arguments, void 0, function* (requestUrl, obj, additionalHeaders = {}) {
            const data = JSON.stringify(obj, null, 2);
            additionalHeaders[Headers.Accept] = this._getExistingOrDefaultHeader(additionalHeaders, Headers.Accept, MediaTypes.ApplicationJson);
            additionalHeaders[Headers.ContentType] =
                this._getExistingOrDefaultContentTypeHeader(additionalHeaders, MediaTypes.ApplicationJson);
            const res = yield this.post(requestUrl, data, additionalHeaders);
            return this._processResponse(res, this.requestOptions);
        });
    }
    putJson(requestUrl_1, obj_1) {
        return __awaiter(this, arguments, void 0, function* (requestUrl, obj, additionalHeaders = {}) {
            const data = JSON.stringify(obj, null, 2);
            additionalHeaders[Headers.Accept] = this._getExistingOrDefaultHeader(additionalHeaders, Headers.Accept, MediaTypes.ApplicationJson);
            additionalHeaders[Headers.ContentType] =
                this._getExistingOrDefaultContentTypeHeader(additionalHeaders, MediaTypes.ApplicationJson);
            const res = yield this.put(requestUrl, data, additionalHeaders);
            return this._processResponse(res, this.requestOptions);
        });
    }
    patchJson(requestUrl_1, obj_1) {
        return __awaiter(this, arguments, void 0, function* (requestUrl, obj, additionalHeaders = {}) {
            const data = JSON.stringify(obj, null, 2);
            additionalHeaders[Headers.Accept] = this._getExistingOrDefaultHeader(additionalHeaders, Headers.Accept, MediaTypes.ApplicationJson);
            additionalHeaders[Headers.ContentType] =
                this._getExistingOrDefaultContentTypeHeader(additionalHeaders, MediaTypes.ApplicationJson);
            const res = yield this.patch(requestUrl, data, additionalHeaders);
            return this._processResponse(res, this.requestOptions);
        });
    }
    /**
     * Makes a raw http request.
     * All other methods such as get, post, patch, and request ultimately call this.
     * Prefer get, del, post and patch
     */
    request(verb, requestUrl, data, headers) {
        return __awaiter(this, void 0, void 0, function* () {
            if (this._disposed) {
                throw new Error('Client has already been disposed.');
            }
            const parsedUrl = new URL(requestUrl);
            let info = this._prepareRequest(verb, parsedUrl, headers);
            // Only perform retries on reads since writes may not be idempotent.
            const maxTries = this._allowRetries && RetryableHttpVerbs.includes(verb)
                ? this._maxRetries + 1
                : 1;
            let numTries = 0;
            let response;
            do {
                response = yield this.requestRaw(info, data);
                // Check if it's an authentication challenge
                if (response &&
                    response.message &&
                    response.message.statusCode === HttpCodes.Unauthorized) {
                    let authenticationHandler;
                    for (const handler of this.handlers) {
                        if (handler.canHandleAuthentication(response)) {
                            authenticationHandler = handler;
                            break;
                        }
                    }
                    if (authenticationHandler) {
                        return authenticationHandler.handleAuthentication(this, info, data);
                    }
                    else {
                        // We have received an unauthorized response but have no handlers to handle it.
                        // Let the response return to the caller.
                        return response;
                    }
                }
                let redirectsRemaining = this._maxRedirects;
                while (response.message.statusCode &&
                    HttpRedirectCodes.includes(response.message.statusCode) &&
                    this._allowRedirects &&
                    redirectsRemaining > 0) {
                    const redirectUrl = response.message.headers['location'];
                    if (!redirectUrl) {
                        // if there's no location to redirect to, we won't
                        break;
                    }
                    const parsedRedirectUrl = new URL(redirectUrl);
                    if (parsedUrl.protocol === 'https:' &&
                        parsedUrl.protocol !== parsedRedirectUrl.protocol &&
                        !this._allowRedirectDowngrade) {
                        throw new Error('Redirect from HTTPS to HTTP protocol. This downgrade is not allowed for security reasons. If you want to allow this behavior, set the allowRedirectDowngrade option to true.');
                    }
                    // we need to finish reading the response before reassigning response
                    // which will leak the open socket.
                    yield response.readBody();
                    // strip authorization header if redirected to a different hostname
                    if (parsedRedirectUrl.hostname !== parsedUrl.hostname) {
                        for (const header in headers) {
                            // header names are case insensitive
                            if (header.toLowerCase() === 'authorization') {
                                delete headers[header];
                            }
                        }
                    }
                    // let's make the request with the new redirectUrl
                    info = this._prepareRequest(verb, parsedRedirectUrl, headers);
                    response = yield this.requestRaw(info, data);
                    redirectsRemaining--;
                }
                if (!response.message.statusCode ||
                    !HttpResponseRetryCodes.includes(response.message.statusCode)) {
                    // If not a retry code, return immediately instead of retrying
                    return response;
                }
                numTries += 1;
                if (numTries < maxTries) {
                    yield response.readBody();
                    yield this._performExponentialBackoff(numTries);
                }
            } while (numTries < maxTries);
            return response;
        });
    }
    /**
     * Needs to be called if keepAlive is set to true in request options.
     */
    dispose() {
        if (this._agent) {
            this._agent.destroy();
        }
        this._disposed = true;
    }
    /**
     * Raw request.
     * @param info
     * @param data
     */
    requestRaw(info, data) {
        return __awaiter(this, void 0, void 0, function* () {
            return new Promise((resolve, reject) => {
                function callbackForResult(err, res) {
                    if (err) {
                        reject(err);
                    }
                    else if (!res) {
                        // If `err` is not passed, then `res` must be passed.
                        reject(new Error('Unknown error'));
                    }
                    else {
                        resolve(res);
                    }
                }
                this.requestRawWithCallback(info, data, callbackForResult);
            });
        });
    }
    /**
     * Raw request with callback.
     * @param info
     * @param data
     * @param onResult
     */
    requestRawWithCallback(info, data, onResult) {
        if (typeof data === 'string') {
            if (!info.options.headers) {
                info.options.headers = {};
            }
            info.options.headers['Content-Length'] = Buffer.byteLength(data, 'utf8');
        }
        let callbackCalled = false;
        function handleResult(err, res) {
            if (!callbackCalled) {
                callbackCalled = true;
                onResult(err, res);
            }
        }
        const req = info.httpModule.request(info.options, (msg) => {
            const res = new HttpClientResponse(msg);
            handleResult(undefined, res);
        });
        let socket;
        req.on('socket', sock => {
            socket = sock;
        });
        // If we ever get disconnected, we want the socket to timeout eventually
        req.setTimeout(this._socketTimeout || 3 * 60000, () => {
            if (socket) {
                socket.end();
            }
            handleResult(new Error(`Request timeout: ${info.options.path}`));
        });
        req.on('error', function (err) {
            // err has statusCode property
            // res should have headers
            handleResult(err);
        });
        if (data && typeof data === 'string') {
            req.write(data, 'utf8');
        }
        if (data && typeof data !== 'string') {
            data.on('close', function () {
                req.end();
            });
            data.pipe(req);
        }
        else {
            req.end();
        }
    }
    /**
     * Gets an http agent. This function is useful when you need an http agent that handles
     * routing through a proxy server - depending upon the url and proxy environment variables.
     * @param serverUrl  The server URL where the request will be sent. For example, https://api.github.com
     */
    getAgent(serverUrl) {
        const parsedUrl = new URL(serverUrl);
        return this._getAgent(parsedUrl);
    }
    getAgentDispatcher(serverUrl) {
        const parsedUrl = new URL(serverUrl);
        const proxyUrl = getProxyUrl(parsedUrl);
        const useProxy = proxyUrl && proxyUrl.hostname;
        if (!useProxy) {
            return;
        }
        return this._getProxyAgentDispatcher(parsedUrl, proxyUrl);
    }
    _prepareRequest(method, requestUrl, headers) {
        const info = {};
        info.parsedUrl = requestUrl;
        const usingSsl = info.parsedUrl.protocol === 'https:';
        info.httpModule = usingSsl ? external_https_namespaceObject : external_http_namespaceObject;
        const defaultPort = usingSsl ? 443 : 80;
        info.options = {};
        info.options.host = info.parsedUrl.hostname;
        info.options.port = info.parsedUrl.port
            ? parseInt(info.parsedUrl.port)
            : defaultPort;
        info.options.path =
            (info.parsedUrl.pathname || '') + (info.parsedUrl.search || '');
        info.options.method = method;
        info.options.headers = this._mergeHeaders(headers);
        if (this.userAgent != null) {
            info.options.headers['user-agent'] = this.userAgent;
        }
        info.options.agent = this._getAgent(info.parsedUrl);
        // gives handlers an opportunity to participate
        if (this.handlers) {
            for (const handler of this.handlers) {
                handler.prepareRequest(info.options);
            }
        }
        return info;
    }
    _mergeHeaders(headers) {
        if (this.requestOptions && this.requestOptions.headers) {
            return Object.assign({}, lowercaseKeys(this.requestOptions.headers), lowercaseKeys(headers || {}));
        }
        return lowercaseKeys(headers || {});
    }
    /**
     * Gets an existing header value or returns a default.
     * Handles converting number header values to strings since HTTP headers must be strings.
     * Note: This returns string | string[] since some headers can have multiple values.
     * For headers that must always be a single string (like Content-Type), use the
     * specialized _getExistingOrDefaultContentTypeHeader method instead.
     */
    _getExistingOrDefaultHeader(additionalHeaders, header, _default) {
        let clientHeader;
        if (this.requestOptions && this.requestOptions.headers) {
            const headerValue = lowercaseKeys(this.requestOptions.headers)[header];
            if (headerValue) {
                clientHeader =
                    typeof headerValue === 'number' ? headerValue.toString() : headerValue;
            }
        }
        const additionalValue = additionalHeaders[header];
        if (additionalValue !== undefined) {
            return typeof additionalValue === 'number'
                ? additionalValue.toString()
                : additionalValue;
        }
        if (clientHeader !== undefined) {
            return clientHeader;
        }
        return _default;
    }
    /**
     * Specialized version of _getExistingOrDefaultHeader for Content-Type header.
     * Always returns a single string (not an array) since Content-Type should be a single value.
     * Converts arrays to comma-separated strings and numbers to strings to ensure type safety.
     * This was split from _getExistingOrDefaultHeader to provide stricter typing for callers
     * that assign the result to places expecting a string (e.g., additionalHeaders[Headers.ContentType]).
     */
    _getExistingOrDefaultContentTypeHeader(additionalHeaders, _default) {
        let clientHeader;
        if (this.requestOptions && this.requestOptions.headers) {
            const headerValue = lowercaseKeys(this.requestOptions.headers)[Headers.ContentType];
            if (headerValue) {
                if (typeof headerValue === 'number') {
                    clientHeader = String(headerValue);
                }
                else if (Array.isArray(headerValue)) {
                    clientHeader = headerValue.join(', ');
                }
                else {
                    clientHeader = headerValue;
                }
            }
        }
        const additionalValue = additionalHeaders[Headers.ContentType];
        // Return the first non-undefined value, converting numbers or arrays to strings if necessary
        if (additionalValue !== undefined) {
            if (typeof additionalValue === 'number') {
                return String(additionalValue);
            }
            else if (Array.isArray(additionalValue)) {
                return additionalValue.join(', ');
            }
            else {
                return additionalValue;
            }
        }
        if (clientHeader !== undefined) {
            return clientHeader;
        }
        return _default;
    }
    _getAgent(parsedUrl) {
        let agent;
        const proxyUrl = getProxyUrl(parsedUrl);
        const useProxy = proxyUrl && proxyUrl.hostname;
        if (this._keepAlive && useProxy) {
            agent = this._proxyAgent;
        }
        if (!useProxy) {
            agent = this._agent;
        }
        // if agent is already assigned use that agent.
        if (agent) {
            return agent;
        }
        const usingSsl = parsedUrl.protocol === 'https:';
        let maxSockets = 100;
        if (this.requestOptions) {
            maxSockets = this.requestOptions.maxSockets || external_http_.globalAgent.maxSockets;
        }
        // This is `useProxy` again, but we need to check `proxyURl` directly for TypeScripts's flow analysis.
        if (proxyUrl && proxyUrl.hostname) {
            const agentOptions = {
                maxSockets,
                keepAlive: this._keepAlive,
                proxy: Object.assign(Object.assign({}, ((proxyUrl.username || proxyUrl.password) && {
                    proxyAuth: `${proxyUrl.username}:${proxyUrl.password}`
                })), { host: proxyUrl.hostname, port: proxyUrl.port })
            };
            let tunnelAgent;
            const overHttps = proxyUrl.protocol === 'https:';
            if (usingSsl) {
                tunnelAgent = overHttps ? tunnel.httpsOverHttps : tunnel.httpsOverHttp;
            }
            else {
                tunnelAgent = overHttps ? tunnel.httpOverHttps : tunnel.httpOverHttp;
            }
            agent = tunnelAgent(agentOptions);
            this._proxyAgent = agent;
        }
        // if tunneling agent isn't assigned create a new agent
        if (!agent) {
            const options = { keepAlive: this._keepAlive, maxSockets };
            agent = usingSsl ? new external_https_.Agent(options) : new external_http_.Agent(options);
            this._agent = agent;
        }
        if (usingSsl && this._ignoreSslError) {
            // we don't want to set NODE_TLS_REJECT_UNAUTHORIZED=0 since that will affect request for entire process
            // http.RequestOptions doesn't expose a way to modify RequestOptions.agent.options
            // we have to cast it to any and change it directly
            agent.options = Object.assign(agent.options || {}, {
                rejectUnauthorized: false
            });
        }
        return agent;
    }
    _getProxyAgentDispatcher(parsedUrl, proxyUrl) {
        let proxyAgent;
        if (this._keepAlive) {
            proxyAgent = this._proxyAgentDispatcher;
        }
        // if agent is already assigned use that agent.
        if (proxyAgent) {
            return proxyAgent;
        }
        const usingSsl = parsedUrl.protocol === 'https:';
        proxyAgent = new ProxyAgent(Object.assign({ uri: proxyUrl.href, pipelining: !this._keepAlive ? 0 : 1 }, ((proxyUrl.username || proxyUrl.password) && {
            token: `Basic ${Buffer.from(`${proxyUrl.username}:${proxyUrl.password}`).toString('base64')}`
        })));
        this._proxyAgentDispatcher = proxyAgent;
        if (usingSsl && this._ignoreSslError) {
            // we don't want to set NODE_TLS_REJECT_UNAUTHORIZED=0 since that will affect request for entire process
            // http.RequestOptions doesn't expose a way to modify RequestOptions.agent.options
            // we have to cast it to any and change it directly
            proxyAgent.options = Object.assign(proxyAgent.options.requestTls || {}, {
                rejectUnauthorized: false
            });
        }
        return proxyAgent;
    }
    _getUserAgentWithOrchestrationId(userAgent) {
        const baseUserAgent = userAgent || 'actions/http-client';
        const orchId = process.env['ACTIONS_ORCHESTRATION_ID'];
        if (orchId) {
            // Sanitize the orchestration ID to ensure it contains only valid characters
            // Valid characters: 0-9, a-z, _, -, .
            const sanitizedId = orchId.replace(/[^a-z0-9_.-]/gi, '_');
            return `${baseUserAgent} actions_orchestration_id/${sanitizedId}`;
        }
        return baseUserAgent;
    }
    _performExponentialBackoff(retryNumber) {
        return __awaiter(this, void 0, void 0, function* () {
            retryNumber = Math.min(ExponentialBackoffCeiling, retryNumber);
            const ms = ExponentialBackoffTimeSlice * Math.pow(2, retryNumber);
            return new Promise(resolve => setTimeout(() => resolve(), ms));
        });
    }
    _processResponse(res, options) {
        return __awaiter(this, void 0, void 0, function* () {
            return new Promise((resolve, reject) => __awaiter(this, void 0, void 0, function* () {
                const statusCode = res.message.statusCode || 0;
                const response = {
                    statusCode,
                    result: null,
                    headers: {}
                };
                // not found leads to null obj returned
                if (statusCode === HttpCodes.NotFound) {
                    resolve(response);
                }
                // get the result from the body
                function dateTimeDeserializer(key, value) {
                    if (typeof value === 'string') {
                        const a = new Date(value);
                        if (!isNaN(a.valueOf())) {
                            return a;
                        }
                    }
                    return value;
                }
                let obj;
                let contents;
                try {
                    contents = yield res.readBody();
                    if (contents && contents.length > 0) {
                        if (options && options.deserializeDates) {
                            obj = JSON.parse(contents, dateTimeDeserializer);
                        }
                        else {
                            obj = JSON.parse(contents);
                        }
                        response.result = obj;
                    }
                    response.headers = res.message.headers;
                }
                catch (err) {
                    // Invalid resource (contents not json);  leaving result obj null
                }
                // note that 3xx redirects are handled by the http layer.
                if (statusCode > 299) {
                    let msg;
                    // if exception/error in body, attempt to get better error
                    if (obj && obj.message) {
                        msg = obj.message;
                    }
                    else if (contents && contents.length > 0) {
                        // it may be the case that the exception is in the body message as string
                        msg = contents;
                    }
                    else {
                        msg = `Failed request: (${statusCode})`;
                    }
                    const err = new HttpClientError(msg, statusCode);
                    err.result = response.result;
                    reject(err);
                }
                else {
                    resolve(response);
                }
            }));
        });
    }
}
const lowercaseKeys = (obj) => Object.keys(obj).reduce((c, k) => ((c[k.toLowerCase()] = obj[k]), c), {});
//# sourceMappingURL=index.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/github/lib/internal/utils.js
var utils_awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};


function getAuthString(token, options) {
    if (!token && !options.auth) {
        throw new Error('Parameter token or opts.auth is required');
    }
    else if (token && options.auth) {
        throw new Error('Parameters token and opts.auth may not both be specified');
    }
    return typeof options.auth === 'string' ? options.auth : `token ${token}`;
}
function getProxyAgent(destinationUrl) {
    const hc = new HttpClient();
    return hc.getAgent(destinationUrl);
}
function getProxyAgentDispatcher(destinationUrl) {
    const hc = new HttpClient();
    return hc.getAgentDispatcher(destinationUrl);
}
function getProxyFetch(destinationUrl) {
    const httpDispatcher = getProxyAgentDispatcher(destinationUrl);
    const proxyFetch = (url, opts) => utils_awaiter(this, void 0, void 0, function* () {
        return fetch(url, Object.assign(Object.assign({}, opts), { dispatcher: httpDispatcher }));
    });
    return proxyFetch;
}
function getApiBaseUrl() {
    return process.env['GITHUB_API_URL'] || 'https://api.github.com';
}
function getUserAgentWithOrchestrationId(baseUserAgent) {
    var _a;
    const orchId = (_a = process.env['ACTIONS_ORCHESTRATION_ID']) === null || _a === void 0 ? void 0 : _a.trim();
    if (orchId) {
        const sanitizedId = orchId.replace(/[^a-z0-9_.-]/gi, '_');
        const tag = `actions_orchestration_id/${sanitizedId}`;
        if (baseUserAgent === null || baseUserAgent === void 0 ? void 0 : baseUserAgent.includes(tag))
            return baseUserAgent;
        const ua = baseUserAgent ? `${baseUserAgent} ` : '';
        return `${ua}${tag}`;
    }
    return baseUserAgent;
}
//# sourceMappingURL=utils.js.map
;// CONCATENATED MODULE: ./node_modules/universal-user-agent/index.js
function getUserAgent() {
  if (typeof navigator === "object" && "userAgent" in navigator) {
    return navigator.userAgent;
  }

  if (typeof process === "object" && process.version !== undefined) {
    return `Node.js/${process.version.substr(1)} (${process.platform}; ${
      process.arch
    })`;
  }

  return "<environment undetectable>";
}

;// CONCATENATED MODULE: ./node_modules/before-after-hook/lib/register.js
// @ts-check

function register(state, name, method, options) {
  if (typeof method !== "function") {
    throw new Error("method for before hook must be a function");
  }

  if (!options) {
    options = {};
  }

  if (Array.isArray(name)) {
    return name.reverse().reduce((callback, name) => {
      return register.bind(null, state, name, callback, options);
    }, method)();
  }

  return Promise.resolve().then(() => {
    if (!state.registry[name]) {
      return method(options);
    }

    return state.registry[name].reduce((method, registered) => {
      return registered.hook.bind(null, method, options);
    }, method)();
  });
}

;// CONCATENATED MODULE: ./node_modules/before-after-hook/lib/add.js
// @ts-check

function addHook(state, kind, name, hook) {
  const orig = hook;
  if (!state.registry[name]) {
    state.registry[name] = [];
  }

  if (kind === "before") {
    hook = (method, options) => {
      return Promise.resolve()
        .then(orig.bind(null, options))
        .then(method.bind(null, options));
    };
  }

  if (kind === "after") {
    hook = (method, options) => {
      let result;
      return Promise.resolve()
        .then(method.bind(null, options))
        .then((result_) => {
          result = result_;
          return orig(result, options);
        })
        .then(() => {
          return result;
        });
    };
  }

  if (kind === "error") {
    hook = (method, options) => {
      return Promise.resolve()
        .then(method.bind(null, options))
        .catch((error) => {
          return orig(error, options);
        });
    };
  }

  state.registry[name].push({
    hook: hook,
    orig: orig,
  });
}

;// CONCATENATED MODULE: ./node_modules/before-after-hook/lib/remove.js
// @ts-check

function removeHook(state, name, method) {
  if (!state.registry[name]) {
    return;
  }

  const index = state.registry[name]
    .map((registered) => {
      return registered.orig;
    })
    .indexOf(method);

  if (index === -1) {
    return;
  }

  state.registry[name].splice(index, 1);
}

;// CONCATENATED MODULE: ./node_modules/before-after-hook/index.js
// @ts-check





// bind with array of arguments: https://stackoverflow.com/a/21792913
const bind = Function.bind;
const bindable = bind.bind(bind);

function bindApi(hook, state, name) {
  const removeHookRef = bindable(removeHook, null).apply(
    null,
    name ? [state, name] : [state]
  );
  hook.api = { remove: removeHookRef };
  hook.remove = removeHookRef;
  ["before", "error", "after", "wrap"].forEach((kind) => {
    const args = name ? [state, kind, name] : [state, kind];
    hook[kind] = hook.api[kind] = bindable(addHook, null).apply(null, args);
  });
}

function Singular() {
  const singularHookName = Symbol("Singular");
  const singularHookState = {
    registry: {},
  };
  const singularHook = register.bind(null, singularHookState, singularHookName);
  bindApi(singularHook, singularHookState, singularHookName);
  return singularHook;
}

function Collection() {
  const state = {
    registry: {},
  };

  const hook = register.bind(null, state);
  bindApi(hook, state);

  return hook;
}

/* harmony default export */ const before_after_hook = ({ Singular, Collection });

;// CONCATENATED MODULE: ./node_modules/@octokit/endpoint/dist-bundle/index.js
// pkg/dist-src/defaults.js


// pkg/dist-src/version.js
var VERSION = "0.0.0-development";

// pkg/dist-src/defaults.js
var userAgent = `octokit-endpoint.js/${VERSION} ${getUserAgent()}`;
var DEFAULTS = {
  method: "GET",
  baseUrl: "https://api.github.com",
  headers: {
    accept: "application/vnd.github.v3+json",
    "user-agent": userAgent
  },
  mediaType: {
    format: ""
  }
};

// pkg/dist-src/util/lowercase-keys.js
function dist_bundle_lowercaseKeys(object) {
  if (!object) {
    return {};
  }
  return Object.keys(object).reduce((newObj, key) => {
    newObj[key.toLowerCase()] = object[key];
    return newObj;
  }, {});
}

// pkg/dist-src/util/is-plain-object.js
function isPlainObject(value) {
  if (typeof value !== "object" || value === null) return false;
  if (Object.prototype.toString.call(value) !== "[object Object]") return false;
  const proto = Object.getPrototypeOf(value);
  if (proto === null) return true;
  const Ctor = Object.prototype.hasOwnProperty.call(proto, "constructor") && proto.constructor;
  return typeof Ctor === "function" && Ctor instanceof Ctor && Function.prototype.call(Ctor) === Function.prototype.call(value);
}

// pkg/dist-src/util/merge-deep.js
function mergeDeep(defaults, options) {
  const result = Object.assign({}, defaults);
  Object.keys(options).forEach((key) => {
    if (isPlainObject(options[key])) {
      if (!(key in defaults)) Object.assign(result, { [key]: options[key] });
      else result[key] = mergeDeep(defaults[key], options[key]);
    } else {
      Object.assign(result, { [key]: options[key] });
    }
  });
  return result;
}

// pkg/dist-src/util/remove-undefined-properties.js
function removeUndefinedProperties(obj) {
  for (const key in obj) {
    if (obj[key] === void 0) {
      delete obj[key];
    }
  }
  return obj;
}

// pkg/dist-src/merge.js
function merge(defaults, route, options) {
  if (typeof route === "string") {
    let [method, url] = route.split(" ");
    options = Object.assign(url ? { method, url } : { url: method }, options);
  } else {
    options = Object.assign({}, route);
  }
  options.headers = dist_bundle_lowercaseKeys(options.headers);
  removeUndefinedProperties(options);
  removeUndefinedProperties(options.headers);
  const mergedOptions = mergeDeep(defaults || {}, options);
  if (options.url === "/graphql") {
    if (defaults && defaults.mediaType.previews?.length) {
      mergedOptions.mediaType.previews = defaults.mediaType.previews.filter(
        (preview) => !mergedOptions.mediaType.previews.includes(preview)
      ).concat(mergedOptions.mediaType.previews);
    }
    mergedOptions.mediaType.previews = (mergedOptions.mediaType.previews || []).map((preview) => preview.replace(/-preview/, ""));
  }
  return mergedOptions;
}

// pkg/dist-src/util/add-query-parameters.js
function addQueryParameters(url, parameters) {
  const separator = /\?/.test(url) ? "&" : "?";
  const names = Object.keys(parameters);
  if (names.length === 0) {
    return url;
  }
  return url + separator + names.map((name) => {
    if (name === "q") {
      return "q=" + parameters.q.split("+").map(encodeURIComponent).join("+");
    }
    return `${name}=${encodeURIComponent(parameters[name])}`;
  }).join("&");
}

// pkg/dist-src/util/extract-url-variable-names.js
var urlVariableRegex = /\{[^{}}]+\}/g;
function removeNonChars(variableName) {
  return variableName.replace(/(?:^\W+)|(?:(?<!\W)\W+$)/g, "").split(/,/);
}
function extractUrlVariableNames(url) {
  const matches = url.match(urlVariableRegex);
  if (!matches) {
    return [];
  }
  return matches.map(removeNonChars).reduce((a, b) => a.concat(b), []);
}

// pkg/dist-src/util/omit.js
function omit(object, keysToOmit) {
  const result = { __proto__: null };
  for (const key of Object.keys(object)) {
    if (keysToOmit.indexOf(key) === -1) {
      result[key] = object[key];
    }
  }
  return result;
}

// pkg/dist-src/util/url-template.js
function encodeReserved(str) {
  return str.split(/(%[0-9A-Fa-f]{2})/g).map(function(part) {
    if (!/%[0-9A-Fa-f]/.test(part)) {
      part = encodeURI(part).replace(/%5B/g, "[").replace(/%5D/g, "]");
    }
    return part;
  }).join("");
}
function encodeUnreserved(str) {
  return encodeURIComponent(str).replace(/[!'()*]/g, function(c) {
    return "%" + c.charCodeAt(0).toString(16).toUpperCase();
  });
}
function encodeValue(operator, value, key) {
  value = operator === "+" || operator === "#" ? encodeReserved(value) : encodeUnreserved(value);
  if (key) {
    return encodeUnreserved(key) + "=" + value;
  } else {
    return value;
  }
}
function isDefined(value) {
  return value !== void 0 && value !== null;
}
function isKeyOperator(operator) {
  return operator === ";" || operator === "&" || operator === "?";
}
function getValues(context, operator, key, modifier) {
  var value = context[key], result = [];
  if (isDefined(value) && value !== "") {
    if (typeof value === "string" || typeof value === "number" || typeof value === "bigint" || typeof value === "boolean") {
      value = value.toString();
      if (modifier && modifier !== "*") {
        value = value.substring(0, parseInt(modifier, 10));
      }
      result.push(
        encodeValue(operator, value, isKeyOperator(operator) ? key : "")
      );
    } else {
      if (modifier === "*") {
        if (Array.isArray(value)) {
          value.filter(isDefined).forEach(function(value2) {
            result.push(
              encodeValue(operator, value2, isKeyOperator(operator) ? key : "")
            );
          });
        } else {
          Object.keys(value).forEach(function(k) {
            if (isDefined(value[k])) {
              result.push(encodeValue(operator, value[k], k));
            }
          });
        }
      } else {
        const tmp = [];
        if (Array.isArray(value)) {
          value.filter(isDefined).forEach(function(value2) {
            tmp.push(encodeValue(operator, value2));
          });
        } else {
          Object.keys(value).forEach(function(k) {
            if (isDefined(value[k])) {
              tmp.push(encodeUnreserved(k));
              tmp.push(encodeValue(operator, value[k].toString()));
            }
          });
        }
        if (isKeyOperator(operator)) {
          result.push(encodeUnreserved(key) + "=" + tmp.join(","));
        } else if (tmp.length !== 0) {
          result.push(tmp.join(","));
        }
      }
    }
  } else {
    if (operator === ";") {
      if (isDefined(value)) {
        result.push(encodeUnreserved(key));
      }
    } else if (value === "" && (operator === "&" || operator === "?")) {
      result.push(encodeUnreserved(key) + "=");
    } else if (value === "") {
      result.push("");
    }
  }
  return result;
}
function parseUrl(template) {
  return {
    expand: expand.bind(null, template)
  };
}
function expand(template, context) {
  var operators = ["+", "#", ".", "/", ";", "?", "&"];
  template = template.replace(
    /\{([^\{\}]+)\}|([^\{\}]+)/g,
    function(_, expression, literal) {
      if (expression) {
        let operator = "";
        const values = [];
        if (operators.indexOf(expression.charAt(0)) !== -1) {
          operator = expression.charAt(0);
          expression = expression.substr(1);
        }
        expression.split(/,/g).forEach(function(variable) {
          var tmp = /([^:\*]*)(?::(\d+)|(\*))?/.exec(variable);
          values.push(getValues(context, operator, tmp[1], tmp[2] || tmp[3]));
        });
        if (operator && operator !== "+") {
          var separator = ",";
          if (operator === "?") {
            separator = "&";
          } else if (operator !== "#") {
            separator = operator;
          }
          return (values.length !== 0 ? operator : "") + values.join(separator);
        } else {
          return values.join(",");
        }
      } else {
        return encodeReserved(literal);
      }
    }
  );
  if (template === "/") {
    return template;
  } else {
    return template.replace(/\/$/, "");
  }
}

// pkg/dist-src/parse.js
function parse(options) {
  let method = options.method.toUpperCase();
  let url = (options.url || "/").replace(/:([a-z]\w+)/g, "{$1}");
  let headers = Object.assign({}, options.headers);
  let body;
  let parameters = omit(options, [
    "method",
    "baseUrl",
    "url",
    "headers",
    "request",
    "mediaType"
  ]);
  const urlVariableNames = extractUrlVariableNames(url);
  url = parseUrl(url).expand(parameters);
  if (!/^http/.test(url)) {
    url = options.baseUrl + url;
  }
  const omittedParameters = Object.keys(options).filter((option) => urlVariableNames.includes(option)).concat("baseUrl");
  const remainingParameters = omit(parameters, omittedParameters);
  const isBinaryRequest = /application\/octet-stream/i.test(headers.accept);
  if (!isBinaryRequest) {
    if (options.mediaType.format) {
      headers.accept = headers.accept.split(/,/).map(
        (format) => format.replace(
          /application\/vnd(\.\w+)(\.v3)?(\.\w+)?(\+json)?$/,
          `application/vnd$1$2.${options.mediaType.format}`
        )
      ).join(",");
    }
    if (url.endsWith("/graphql")) {
      if (options.mediaType.previews?.length) {
        const previewsFromAcceptHeader = headers.accept.match(/(?<![\w-])[\w-]+(?=-preview)/g) || [];
        headers.accept = previewsFromAcceptHeader.concat(options.mediaType.previews).map((preview) => {
          const format = options.mediaType.format ? `.${options.mediaType.format}` : "+json";
          return `application/vnd.github.${preview}-preview${format}`;
        }).join(",");
      }
    }
  }
  if (["GET", "HEAD"].includes(method)) {
    url = addQueryParameters(url, remainingParameters);
  } else {
    if ("data" in remainingParameters) {
      body = remainingParameters.data;
    } else {
      if (Object.keys(remainingParameters).length) {
        body = remainingParameters;
      }
    }
  }
  if (!headers["content-type"] && typeof body !== "undefined") {
    headers["content-type"] = "application/json; charset=utf-8";
  }
  if (["PATCH", "PUT"].includes(method) && typeof body === "undefined") {
    body = "";
  }
  return Object.assign(
    { method, url, headers },
    typeof body !== "undefined" ? { body } : null,
    options.request ? { request: options.request } : null
  );
}

// pkg/dist-src/endpoint-with-defaults.js
function endpointWithDefaults(defaults, route, options) {
  return parse(merge(defaults, route, options));
}

// pkg/dist-src/with-defaults.js
function withDefaults(oldDefaults, newDefaults) {
  const DEFAULTS2 = merge(oldDefaults, newDefaults);
  const endpoint2 = endpointWithDefaults.bind(null, DEFAULTS2);
  return Object.assign(endpoint2, {
    DEFAULTS: DEFAULTS2,
    defaults: withDefaults.bind(null, DEFAULTS2),
    merge: merge.bind(null, DEFAULTS2),
    parse
  });
}

// pkg/dist-src/index.js
var endpoint = withDefaults(null, DEFAULTS);


;// CONCATENATED MODULE: ./node_modules/content-type/dist/index.js
/*!
 * content-type
 * Copyright(c) 2015 Douglas Christopher Wilson
 * MIT Licensed
 */
const SP = 32; // " "
const HTAB = 9; // "\t"
const SEMI = 59; // ";"
const EQ = 61; // "="
const DQUOTE = 34; // '"'
const BSLASH = 92; // "\\"
const COMMA = 44; // ","
const LOWER_CASE = 1;
const OWS = 2;
const SEMI_FLAG = 4;
const COMMA_FLAG = 8;
const TOKEN_FLAG = 16;
const NON_ASCII = 0xff00;
const CASE_FLAGS = LOWER_CASE | NON_ASCII;
/**
 * Character flags used to normalize HTTP field values while scanning.
 * Out-of-range reads intentionally coerce to zero in bitwise expressions.
 */
const CHAR_MAP = new Uint8Array(0x100);
CHAR_MAP[HTAB] |= OWS;
CHAR_MAP[SP] |= OWS;
CHAR_MAP[SEMI] |= SEMI_FLAG;
CHAR_MAP[COMMA] |= COMMA_FLAG;
for (let code = 0x80 /* non-ASCII */; code <= 0xff; code++) {
    CHAR_MAP[code] |= LOWER_CASE;
}
for (const char of "!#$%&'*+-.^_`|~") {
    CHAR_MAP[char.charCodeAt(0)] |= TOKEN_FLAG;
}
for (let code = 0x30 /* 0 */; code <= 0x39 /* 9 */; code++) {
    CHAR_MAP[code] |= TOKEN_FLAG;
}
for (let code = 0x41 /* A */; code <= 0x5a /* Z */; code++) {
    CHAR_MAP[code] |= LOWER_CASE | TOKEN_FLAG;
}
for (let code = 0x61 /* a */; code <= 0x7a /* z */; code++) {
    CHAR_MAP[code] |= TOKEN_FLAG;
}
/**
 * Null object perf optimization. Faster than `Object.create(null)` and `{ __proto__: null }`.
 */
const NullObject = /* @__PURE__ */ (() => {
    const C = function () { };
    C.prototype = Object.create(null);
    return C;
})();
/**
 * Validate a type string against RFC 9110.
 */
function isTypeValid(type, start = 0, end = type.length) {
    let hasSlash = false;
    for (let index = start; index < end; index++) {
        const code = type.charCodeAt(index);
        if (code === 47 /* / */) {
            if (hasSlash || index === start || index >= end - 1)
                return false;
            hasSlash = true;
        }
        else if (!isTokenCode(code)) {
            return false;
        }
    }
    return hasSlash;
}
/**
 * Validate a token against RFC 9110.
 */
function isTokenValid(token, start = 0, end = token.length) {
    if (start >= end)
        return false;
    for (let index = start; index < end; index++) {
        if (!isTokenCode(token.charCodeAt(index)))
            return false;
    }
    return true;
}
/**
 * Check whether a character code belongs to the token production in RFC 9110.
 */
function isTokenCode(code) {
    return (CHAR_MAP[code] & TOKEN_FLAG) !== 0;
}
/**
 * Serialize a parameter value.
 */
function parameterValue(str) {
    const len = str.length;
    if (len === 0)
        return '""';
    let index = 0;
    while (index < len && isTokenCode(str.charCodeAt(index)))
        index++;
    if (index === len)
        return str;
    let result = '"';
    let start = 0;
    while (index < len) {
        const code = str.charCodeAt(index);
        if (code !== HTAB && (code < SP || code === 127 || code > 255)) {
            throw new TypeError(`Invalid parameter value: ${str}`);
        }
        if (code === 34 /* " */ || code === 92 /* \\ */) {
            result += `${str.slice(start, index)}\\`;
            start = index;
        }
        index++;
    }
    return `${result}${str.slice(start)}"`;
}
/**
 * Format an object into a `Content-Type` header.
 */
function format(obj) {
    const { type, parameters } = obj;
    if (!type || !isTypeValid(type)) {
        throw new TypeError(`Invalid type: ${type}`);
    }
    let result = type;
    if (parameters) {
        for (const param of Object.keys(parameters)) {
            if (!isTokenValid(param)) {
                throw new TypeError(`Invalid parameter name: ${param}`);
            }
            result += `; ${param}=${parameterValue(parameters[param])}`;
        }
    }
    return result;
}
/**
 * Parse a `Content-Type` header.
 */
function dist_parse(header, options) {
    const stopFlags = SEMI_FLAG | (options?.comma === true ? COMMA_FLAG : 0);
    const len = header.length;
    let valueStart = options?.start ?? 0;
    while ((CHAR_MAP[header.charCodeAt(valueStart)] & OWS) !== 0) {
        valueStart++;
    }
    let index = valueStart;
    let typeFlags = 0;
    let whitespace = -1;
    let stop = options?.parameters === false ? COMMA_FLAG : 0;
    while (index < len) {
        const code = header.charCodeAt(index);
        const flags = CHAR_MAP[code];
        if ((flags & stopFlags) !== 0) {
            stop |= flags & COMMA_FLAG;
            break;
        }
        if ((flags & OWS) !== 0) {
            if (whitespace === -1)
                whitespace = index;
        }
        else {
            whitespace = -1;
        }
        typeFlags |= (code & NON_ASCII) | flags;
        index++;
    }
    const valueEnd = whitespace === -1 ? index : whitespace;
    const value = header.slice(valueStart, valueEnd);
    const type = (typeFlags & CASE_FLAGS) === 0 ? value : value.toLowerCase();
    if (index === len || stop !== 0) {
        return { type, index, parameters: new NullObject() };
    }
    return parseParameters(header, type, index, len, stopFlags);
}
/**
 * Parses the parameters of a `Content-Type` header starting at the given index.
 */
function parseParameters(header, type, index, len, stopFlags) {
    const parameters = new NullObject();
    parameter: while (index < len) {
        index++; // Skip over ;
        while ((CHAR_MAP[header.charCodeAt(index)] & OWS) !== 0) {
            index++;
        }
        const keyStart = index;
        let keyFlags = 0;
        let keyWhitespace = -1;
        while (index < len) {
            const code = header.charCodeAt(index);
            const flags = CHAR_MAP[code];
            if ((flags & stopFlags) !== 0) {
                if ((flags & COMMA_FLAG) !== 0)
                    break parameter;
                continue parameter;
            }
            if (code === EQ) {
                const keyEnd = keyWhitespace === -1 ? index : keyWhitespace;
                const value = header.slice(keyStart, keyEnd);
                const key = (keyFlags & CASE_FLAGS) === 0 ? value : value.toLowerCase();
                index++;
                while ((CHAR_MAP[header.charCodeAt(index)] & OWS) !== 0) {
                    index++;
                }
                if (index < len && header.charCodeAt(index) === DQUOTE) {
                    const quotedStart = ++index;
                    let escaped = false;
                    while (index < len) {
                        const code = header.charCodeAt(index);
                        if (code === DQUOTE) {
                            if (parameters[key] === undefined) {
                                parameters[key] = escaped
                                    ? unescapeQuotedPairs(header, quotedStart, index)
                                    : header.slice(quotedStart, index);
                            }
                            index++;
                            let stop = 0;
                            // Discard characters between quote and delimiter.
                            while (index < len) {
                                const code = header.charCodeAt(index);
                                const flags = CHAR_MAP[code];
                                if ((flags & stopFlags) !== 0) {
                                    stop = flags & COMMA_FLAG;
                                    break;
                                }
                                index++;
                            }
                            if (stop !== 0)
                                break parameter;
                            continue parameter;
                        }
                        if (code === BSLASH && index + 1 < len) {
                            escaped = true;
                            index += 2;
                            continue;
                        }
                        index++;
                    }
                    continue parameter;
                }
                const valueStart = index;
                let stop = 0;
                let valueWhitespace = -1;
                while (index < len) {
                    const code = header.charCodeAt(index);
                    const flags = CHAR_MAP[code];
                    if ((flags & stopFlags) !== 0) {
                        stop = flags & COMMA_FLAG;
                        break;
                    }
                    if ((flags & OWS) !== 0) {
                        if (valueWhitespace === -1)
                            valueWhitespace = index;
                    }
                    else {
                        valueWhitespace = -1;
                    }
                    index++;
                }
                if (parameters[key] === undefined) {
                    const valueEnd = valueWhitespace === -1 ? index : valueWhitespace;
                    parameters[key] = header.slice(valueStart, valueEnd);
                }
                if (stop !== 0)
                    break parameter;
                continue parameter;
            }
            if ((flags & OWS) !== 0) {
                if (keyWhitespace === -1)
                    keyWhitespace = index;
            }
            else {
                keyWhitespace = -1;
            }
            keyFlags |= (code & NON_ASCII) | flags;
            index++;
        }
    }
    return { type, index, parameters };
}
/**
 * Remove backslashes from quoted pairs in a known-terminated quoted string body.
 */
function unescapeQuotedPairs(str, start, end) {
    let result = "";
    for (let index = start; index < end; index++) {
        if (str.charCodeAt(index) === BSLASH) {
            result += str.slice(start, index);
            start = ++index;
        }
    }
    return result + str.slice(start, end);
}
//# sourceMappingURL=index.js.map
;// CONCATENATED MODULE: ./node_modules/json-with-bigint/json-with-bigint.js
const intRegex = /^-?\d+$/;
const noiseValue = /^-?\d+n+$/; // Noise - strings that match the custom format before being converted to it
const originalStringify = JSON.stringify;
const originalParse = JSON.parse;
const customFormat = /^-?\d+n$/;

const bigIntsStringify = /([\[:])?"(-?\d+)n"($|\s*[,\}\]])/g;
const noiseStringify = /([\[:])?("-?\d+n+)n("$|"\s*[,\}\]])/g;

/**
 * @typedef {(this: any, key: string | number | undefined, value: any) => any} Replacer
 * @typedef {(key: string | number | undefined, value: any, context?: { source: string }) => any} Reviver
 */

/**
 * Checks if a value is unstringifiable according to native JSON.stringify rules.
 *
 * @param {any} val The value to check.
 * @returns {boolean} True if the value is undefined, a function, or a symbol.
 */
const isUnstringifiable = (val) =>
  val === undefined || typeof val === "function" || typeof val === "symbol";

/**
 * Checks if a value is a native JSON.rawJSON object (Node.js 22+).
 *
 * @param {any} val The value to check.
 * @returns {boolean} True if the value is a RawJSON instance.
 */
const isRawJSON = (val) =>
  val !== null &&
  typeof val === "object" &&
  val.constructor &&
  val.constructor.name === "RawJSON";

/**
 * Iteratively converts a JS value to a JSON string.
 * Used as a fallback when the native JSON.stringify hits the Maximum Call Stack size.
 * Fully compliant with JSON formatting (space), replacers, and toJSON behaviors.
 *
 * @param {any} rootValue The value to stringify.
 * @param {Replacer | Array<string | number> | null} [replacer] User's custom replacer function.
 * @param {string | number} [spaceParam] Indentation for pretty-printing.
 * @returns {string | undefined} The generated JSON string.
 */
const stringifyIteratively = (rootValue, replacer, spaceParam) => {
  let space = "";

  if (typeof spaceParam === "number") {
    space = " ".repeat(Math.min(10, Math.max(0, Math.floor(spaceParam))));
  } else if (typeof spaceParam === "string") {
    space = spaceParam.slice(0, 10);
  }

  const isFunctionReplacer = typeof replacer === "function";
  const propertyList = Array.isArray(replacer)
    ? new Set(replacer.map(String))
    : null;

  /**
   * Prepares a value for stringification by resolving toJSON, handling BigInts,
   * applying custom replacers, and unwrapping primitive objects.
   *
   * @param {object|Array} parent The parent object or array holding the value.
   * @param {string} key The key associated with the value.
   * @param {any} val The raw value to process.
   * @returns {any} The processed value ready for stringification.
   */
  const prepareVal = (parent, key, val) => {
    const isObject = val !== null && typeof val === "object";
    const hasToJSON = isObject && typeof val.toJSON === "function";

    if (hasToJSON) {
      val = val.toJSON(key);
    }

    const isNoise = typeof val === "string" && noiseValue.test(val);

    if (isNoise) return val + "n";

    const isBigInt = typeof val === "bigint";

    if (isBigInt) {
      const supportsRawJSON = "rawJSON" in JSON;

      if (supportsRawJSON) return JSON.rawJSON(val.toString());

      return val.toString() + "n";
    }

    if (isFunctionReplacer) {
      val = replacer.call(parent, key, val);
    }

    const isPostReplacerObject = val !== null && typeof val === "object";

    if (isPostReplacerObject) {
      const isPrimitiveWrapper =
        val instanceof Number ||
        val instanceof String ||
        val instanceof Boolean;

      if (isPrimitiveWrapper) {
        val = val.valueOf();
      }
    }

    return val;
  };

  const rootProcessed = prepareVal({ "": rootValue }, "", rootValue);

  if (isUnstringifiable(rootProcessed)) {
    return undefined;
  }

  const isRootPrimitive =
    rootProcessed === null || typeof rootProcessed !== "object";
  const isRootNativeRawJSON = isRawJSON(rootProcessed);

  if (isRootPrimitive || isRootNativeRawJSON) {
    return originalStringify(rootProcessed);
  }

  const chunks = [];
  let level = 0;

  const stack = [
    {
      parent: { "": rootProcessed },
      key: "",
      val: rootProcessed,
      isArray: Array.isArray(rootProcessed),
      keys: Array.isArray(rootProcessed) ? null : Object.keys(rootProcessed),
      index: 0,
      first: true,
    },
  ];

  const visited = new WeakSet([rootProcessed]);

  while (stack.length > 0) {
    const node = stack[stack.length - 1];

    if (node.index === 0) {
      chunks.push(node.isArray ? "[" : "{");
      level++;
    }

    let isDone = false;

    if (node.isArray) {
      if (node.index < node.val.length) {
        if (!node.first) chunks.push(",");

        if (space) chunks.push("\n" + space.repeat(level));

        const childRaw = node.val[node.index];
        const childVal = prepareVal(node.val, String(node.index), childRaw);

        if (isUnstringifiable(childVal)) {
          chunks.push("null");
          node.first = false;
          node.index++;
        } else {
          const isComplexObject =
            childVal !== null && typeof childVal === "object";
          const isNativeRaw = isRawJSON(childVal);

          if (isComplexObject && !isNativeRaw) {
            if (visited.has(childVal)) {
              throw new TypeError("Converting circular structure to JSON");
            }

            visited.add(childVal);

            stack.push({
              parent: node.val,
              key: String(node.index),
              val: childVal,
              isArray: Array.isArray(childVal),
              keys: Array.isArray(childVal) ? null : Object.keys(childVal),
              index: 0,
              first: true,
            });

            node.first = false;
            node.index++;
          } else {
            chunks.push(originalStringify(childVal));
            node.first = false;
            node.index++;
          }
        }
      } else {
        isDone = true;
      }
    } else {
      while (node.index < node.keys.length) {
        const k = node.keys[node.index++];

        const isFilteredOutByArray = propertyList && !propertyList.has(k);

        if (isFilteredOutByArray) continue;

        const childRaw = node.val[k];
        const childVal = prepareVal(node.val, k, childRaw);

        if (isUnstringifiable(childVal)) continue;

        if (!node.first) chunks.push(",");

        if (space) {
          chunks.push("\n" + space.repeat(level) + originalStringify(k) + ": ");
        } else {
          chunks.push(originalStringify(k) + ":");
        }

        const isComplexObject =
          childVal !== null && typeof childVal === "object";
        const isNativeRaw = isRawJSON(childVal);

        if (isComplexObject && !isNativeRaw) {
          if (visited.has(childVal)) {
            throw new TypeError("Converting circular structure to JSON");
          }

          visited.add(childVal);

          stack.push({
            parent: node.val,
            key: k,
            val: childVal,
            isArray: Array.isArray(childVal),
            keys: Array.isArray(childVal) ? null : Object.keys(childVal),
            index: 0,
            first: true,
          });

          node.first = false;

          break; // Stop current loop level to process the newly pushed stack node
        } else {
          chunks.push(originalStringify(childVal));
          node.first = false;
        }
      }

      const isNodeFullyProcessed =
        node.index >= node.keys.length && stack[stack.length - 1] === node;

      if (isNodeFullyProcessed) {
        isDone = true;
      }
    }

    if (isDone) {
      level--;

      if (!node.first && space) chunks.push("\n" + space.repeat(level));

      chunks.push(node.isArray ? "]" : "}");
      visited.delete(node.val);
      stack.pop();
    }
  }

  return chunks.join("");
};

/**
 * Converts a JavaScript value to a JSON string.
 *
 * Supports serialization of BigInt values using two strategies:
 * 1. Custom format "123n" → "123" (universal fallback)
 * 2. Native JSON.rawJSON() (Node.js 22+, fastest) when available
 *
 * All other values are serialized exactly like native JSON.stringify().
 *
 * @param {*} value The value to convert to a JSON string.
 * @param {Replacer | Array<string | number> | null} [replacer]
 * A function that alters the behavior of the stringification process,
 * or an array of strings/numbers to indicate properties to exclude.
 * @param {string | number} [space]
 * A string or number to specify indentation or pretty-printing.
 * @returns {string} The JSON string representation.
 */
const JSONStringify = (value, replacer, space) => {
  try {
    const supportsRawJSON = "rawJSON" in JSON;

    if (supportsRawJSON) {
      return originalStringify(
        value,
        (key, val) => {
          if (typeof val === "bigint") return JSON.rawJSON(val.toString());

          const hasFunctionReplacer = typeof replacer === "function";

          if (hasFunctionReplacer) return replacer(key, val);

          const isKeyInArrayReplacer =
            Array.isArray(replacer) && replacer.includes(key);

          if (isKeyInArrayReplacer) return val;

          return val;
        },
        space,
      );
    }

    if (!value) return originalStringify(value, replacer, space);

    const convertedToCustomJSON = originalStringify(
      value,
      (key, val) => {
        const isNoise = typeof val === "string" && noiseValue.test(val);

        if (isNoise) return val.toString() + "n"; // Mark noise values with additional "n" to offset the deletion of one "n" during the processing

        if (typeof val === "bigint") return val.toString() + "n";

        const hasFunctionReplacer = typeof replacer === "function";

        if (hasFunctionReplacer) return replacer(key, val);

        const isKeyInArrayReplacer =
          Array.isArray(replacer) && replacer.includes(key);

        if (isKeyInArrayReplacer) return val;

        return val;
      },
      space,
    );

    const processedJSON = convertedToCustomJSON.replace(
      bigIntsStringify,
      "$1$2$3",
    ); // Delete one "n" off the end of every BigInt value

    const denoisedJSON = processedJSON.replace(noiseStringify, "$1$2$3"); // Remove one "n" off the end of every noisy string

    return denoisedJSON;
  } catch (error) {
    if (error instanceof RangeError) {
      const convertedJSON = stringifyIteratively(value, replacer, space);

      if (convertedJSON === undefined) return undefined;

      const supportsRawJSON = "rawJSON" in JSON;

      if (supportsRawJSON) return convertedJSON;

      const processedJSON = convertedJSON.replace(bigIntsStringify, "$1$2$3");

      return processedJSON.replace(noiseStringify, "$1$2$3");
    }

    throw error;
  }
};

const featureCache = new Map();

/**
 * Detects if the current JSON.parse implementation supports the context.source feature.
 *
 * Uses toString() fingerprinting to cache results and automatically detect runtime
 * replacements of JSON.parse (polyfills, mocks, etc.).
 *
 * @returns {boolean} true if context.source is supported, false otherwise.
 */
const isContextSourceSupported = () => {
  const parseFingerprint = JSON.parse.toString();

  if (featureCache.has(parseFingerprint)) {
    return featureCache.get(parseFingerprint);
  }

  try {
    const result = JSON.parse(
      "1",
      (_, __, context) => !!context?.source && context.source === "1",
    );
    featureCache.set(parseFingerprint, result);

    return result;
  } catch {
    featureCache.set(parseFingerprint, false);

    return false;
  }
};

/**
 * Reviver function that converts custom-format BigInt strings back to BigInt values.
 * Also handles "noise" strings that accidentally match the BigInt format.
 *
 * @param {string | number | undefined} key The object key.
 * @param {*} value The value being parsed.
 * @param {object} [context] Parse context (if supported by JSON.parse).
 * @param {Reviver} [userReviver] User's custom reviver function.
 * @returns {any} The transformed value.
 */
const convertMarkedBigIntsReviver = (key, value, context, userReviver) => {
  const isCustomFormatBigInt =
    typeof value === "string" && customFormat.test(value);

  if (isCustomFormatBigInt) return BigInt(value.slice(0, -1));

  const isNoiseValue = typeof value === "string" && noiseValue.test(value);
  if (isNoiseValue) return value.slice(0, -1);

  const hasUserReviver = typeof userReviver === "function";

  if (!hasUserReviver) return value;

  return userReviver(key, value, context);
};

/**
 * Fast JSON.parse implementation (~2x faster than classic fallback).
 * Uses JSON.parse's context.source feature to detect integers and convert
 * large numbers directly to BigInt without string manipulation.
 *
 * Does not support legacy custom format from v1 of this library.
 *
 * @param {string} text JSON string to parse.
 * @param {Reviver} [reviver] Transform function to apply to each value.
 * @returns {any} Parsed JavaScript value.
 */
const JSONParseV2 = (text, reviver) => {
  return JSON.parse(text, (key, value, context) => {
    const isNumber = typeof value === "number";
    const isOutOfBounds =
      value > Number.MAX_SAFE_INTEGER || value < Number.MIN_SAFE_INTEGER;
    const isBigNumber = isNumber && isOutOfBounds;
    const isInt = context && intRegex.test(context.source);
    const isBigInt = isBigNumber && isInt;

    if (isBigInt) return BigInt(context.source);

    const hasCustomReviver = typeof reviver === "function";

    if (!hasCustomReviver) return value;

    return reviver(key, value, context);
  });
};

const MAX_INT = Number.MAX_SAFE_INTEGER.toString();
const MAX_DIGITS = MAX_INT.length;
const stringsOrLargeNumbers =
  /"(?:[^"\\]|\\.)*"|-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?/g;
const noiseValueWithQuotes = /^"-?\d+n+"$/; // Noise - strings that match the custom format before being converted to it

/**
 * Iteratively traverses the parsed object bottom-up (post-order),
 * emulating the native JSON.parse reviver behavior.
 * This avoids Call Stack overflows (RangeError) on deeply nested structures.
 *
 * @param {any} parsed The natively parsed JSON object.
 * @param {Reviver} [userReviver] User's custom reviver function.
 * @returns {any} The fully processed object.
 */
const applyReviverIteratively = (parsed, userReviver) => {
  const rootHolder = { "": parsed };
  const stack = [{ parent: rootHolder, key: "", visited: false }];

  while (stack.length > 0) {
    const node = stack[stack.length - 1];

    if (!node.visited) {
      node.visited = true;

      const value = node.parent[node.key];
      const isComplexObject = value !== null && typeof value === "object";

      if (isComplexObject) {
        const keys = Object.keys(value);

        for (let i = keys.length - 1; i >= 0; i--) {
          stack.push({ parent: value, key: keys[i], visited: false });
        }
      }
    } else {
      const { parent, key } = node;
      let value = parent[key];

      if (typeof value === "string") {
        const isCustomFormatBigInt = customFormat.test(value);

        if (isCustomFormatBigInt) {
          value = BigInt(value.slice(0, -1));
        } else {
          const isNoise = noiseValue.test(value);

          if (isNoise) value = value.slice(0, -1);
        }
      }

      const hasUserReviver = typeof userReviver === "function";

      if (hasUserReviver) {
        value = userReviver.call(parent, key, value);
      }

      const isDeleted = value === undefined;

      if (isDeleted) {
        delete parent[key];
      } else {
        parent[key] = value;
      }

      stack.pop();
    }
  }

  return rootHolder[""];
};

/**
 * Pre-processes the JSON string to mark large numbers with an 'n' suffix.
 *
 * @param {string} text The raw JSON string.
 * @returns {string} The serialized string with marked BigInts.
 */
const serializeBigInts = (text) => {
  return text.replace(
    stringsOrLargeNumbers,
    (match, digits, fractional, exponential) => {
      const isString = match[0] === '"';
      const isNoise = isString && noiseValueWithQuotes.test(match);

      if (isNoise) return match.substring(0, match.length - 1) + 'n"'; // Mark noise values with additional "n" to offset the deletion of one "n" during the processing

      const hasFractionalOrExponential = fractional || exponential;

      // With a fixed number of digits, we can correctly use lexicographical comparison to do a numeric comparison
      const isLessThanMaxSafeInt =
        digits &&
        (digits.length < MAX_DIGITS ||
          (digits.length === MAX_DIGITS && digits <= MAX_INT));

      const isStandardValue =
        isString || hasFractionalOrExponential || isLessThanMaxSafeInt;

      if (isStandardValue) return match;

      return '"' + match + 'n"';
    },
  );
};

/**
 * Converts a JSON string into a JavaScript value.
 *
 * Supports parsing of large integers using two strategies:
 * 1. Classic fallback: Marks large numbers with "123n" format, then converts to BigInt
 * 2. Fast path (JSONParseV2): Uses context.source feature (~2x faster) when available
 *
 * All other JSON values are parsed exactly like native JSON.parse().
 *
 * @param {string} text A valid JSON string.
 * @param {Reviver} [reviver]
 * A function that transforms the results. This function is called for each member
 * of the object. If a member contains nested objects, the nested objects are
 * transformed before the parent object is.
 * @returns {any} The parsed JavaScript value.
 * @throws {SyntaxError} If text is not valid JSON.
 */
const JSONParse = (text, reviver) => {
  if (!text) return originalParse(text, reviver);

  try {
    if (isContextSourceSupported()) return JSONParseV2(text, reviver); // Shortcut to a faster (2x) and simpler version

    // Find and mark big numbers with "n"
    const serializedData = serializeBigInts(text);

    return originalParse(serializedData, (key, value, context) =>
      convertMarkedBigIntsReviver(key, value, context, reviver),
    );
  } catch (error) {
    if (error instanceof RangeError) {
      const serializedData = serializeBigInts(text);
      const parsed = originalParse(serializedData);

      return applyReviverIteratively(parsed, reviver);
    }

    throw error;
  }
};



;// CONCATENATED MODULE: ./node_modules/@octokit/request-error/dist-src/index.js
class RequestError extends Error {
  name;
  /**
   * http status code
   */
  status;
  /**
   * Request options that lead to the error.
   */
  request;
  /**
   * Response object if a response was received
   */
  response;
  constructor(message, statusCode, options) {
    super(message, { cause: options.cause });
    this.name = "HttpError";
    this.status = Number.parseInt(statusCode);
    if (Number.isNaN(this.status)) {
      this.status = 0;
    }
    /* v8 ignore else -- @preserve -- Bug with vitest coverage where it sees an else branch that doesn't exist */
    if ("response" in options) {
      this.response = options.response;
    }
    const requestCopy = Object.assign({}, options.request);
    if (options.request.headers.authorization) {
      requestCopy.headers = Object.assign({}, options.request.headers, {
        authorization: options.request.headers.authorization.replace(
          /(?<! ) .*$/,
          " [REDACTED]"
        )
      });
    }
    requestCopy.url = requestCopy.url.replace(/\bclient_secret=\w+/g, "client_secret=[REDACTED]").replace(/\baccess_token=\w+/g, "access_token=[REDACTED]");
    this.request = requestCopy;
  }
}


;// CONCATENATED MODULE: ./node_modules/@octokit/request/dist-bundle/index.js
// pkg/dist-src/index.js


// pkg/dist-src/defaults.js


// pkg/dist-src/version.js
var dist_bundle_VERSION = "10.0.16";

// pkg/dist-src/defaults.js
var defaults_default = {
  headers: {
    "user-agent": `octokit-request.js/${dist_bundle_VERSION} ${getUserAgent()}`
  }
};

// pkg/dist-src/fetch-wrapper.js



// pkg/dist-src/is-plain-object.js
function dist_bundle_isPlainObject(value) {
  if (typeof value !== "object" || value === null) return false;
  if (Object.prototype.toString.call(value) !== "[object Object]") return false;
  const proto = Object.getPrototypeOf(value);
  if (proto === null) return true;
  const Ctor = Object.prototype.hasOwnProperty.call(proto, "constructor") && proto.constructor;
  return typeof Ctor === "function" && Ctor instanceof Ctor && Function.prototype.call(Ctor) === Function.prototype.call(value);
}

// pkg/dist-src/fetch-wrapper.js

var noop = () => "";
async function fetchWrapper(requestOptions) {
  const fetch = requestOptions.request?.fetch || globalThis.fetch;
  if (!fetch) {
    throw new Error(
      "fetch is not set. Please pass a fetch implementation as new Octokit({ request: { fetch }}). Learn more at https://github.com/octokit/octokit.js/#fetch-missing"
    );
  }
  const log = requestOptions.request?.log || console;
  const parseSuccessResponseBody = requestOptions.request?.parseSuccessResponseBody !== false;
  const body = dist_bundle_isPlainObject(requestOptions.body) || Array.isArray(requestOptions.body) ? JSONStringify(requestOptions.body) : requestOptions.body;
  const requestHeaders = Object.fromEntries(
    Object.entries(requestOptions.headers).map(([name, value]) => [
      name,
      String(value)
    ])
  );
  let fetchResponse;
  try {
    fetchResponse = await fetch(requestOptions.url, {
      method: requestOptions.method,
      body,
      redirect: requestOptions.request?.redirect,
      headers: requestHeaders,
      signal: requestOptions.request?.signal,
      // duplex must be set if request.body is ReadableStream or Async Iterables.
      // See https://fetch.spec.whatwg.org/#dom-requestinit-duplex.
      ...requestOptions.body && { duplex: "half" }
    });
  } catch (error) {
    let message = "Unknown Error";
    if (error instanceof Error) {
      if (error.name === "AbortError") {
        error.status = 500;
        throw error;
      }
      message = error.message;
      if (error.name === "TypeError" && "cause" in error) {
        if (error.cause instanceof Error) {
          message = error.cause.message;
        } else if (typeof error.cause === "string") {
          message = error.cause;
        }
      }
    }
    const requestError = new RequestError(message, 500, {
      request: requestOptions
    });
    requestError.cause = error;
    throw requestError;
  }
  const status = fetchResponse.status;
  const url = fetchResponse.url;
  const responseHeaders = {};
  for (const [key, value] of fetchResponse.headers) {
    responseHeaders[key] = value;
  }
  const octokitResponse = {
    url,
    status,
    headers: responseHeaders,
    data: ""
  };
  if ("deprecation" in responseHeaders) {
    const matches = responseHeaders.link && responseHeaders.link.match(/<([^<>]+)>; rel="deprecation"/);
    const deprecationLink = matches && matches.pop();
    log.warn(
      `[@octokit/request] "${requestOptions.method} ${requestOptions.url}" is deprecated. It is scheduled to be removed on ${responseHeaders.sunset}${deprecationLink ? `. See ${deprecationLink}` : ""}`
    );
  }
  if (status === 204 || status === 205) {
    return octokitResponse;
  }
  if (requestOptions.method === "HEAD") {
    if (status < 400) {
      return octokitResponse;
    }
    throw new RequestError(fetchResponse.statusText, status, {
      response: octokitResponse,
      request: requestOptions
    });
  }
  if (status === 304) {
    octokitResponse.data = await getResponseData(fetchResponse);
    throw new RequestError("Not modified", status, {
      response: octokitResponse,
      request: requestOptions
    });
  }
  if (status >= 400) {
    octokitResponse.data = await getResponseData(fetchResponse);
    throw new RequestError(toErrorMessage(octokitResponse.data), status, {
      response: octokitResponse,
      request: requestOptions
    });
  }
  octokitResponse.data = parseSuccessResponseBody ? await getResponseData(fetchResponse) : fetchResponse.body;
  return octokitResponse;
}
async function getResponseData(response) {
  const contentType = response.headers.get("content-type");
  if (!contentType) {
    return response.text().catch(noop);
  }
  const mimetype = dist_parse(contentType);
  if (isJSONResponse(mimetype)) {
    let text = "";
    try {
      text = await response.text();
      return JSONParse(text);
    } catch (err) {
      return text;
    }
  } else if (mimetype.type.startsWith("text/") || // `application/octet-stream` is the canonical "arbitrary binary" type
  // (RFC 2046) and must never be decoded as text, even when the response
  // carries a (misleading) `charset=utf-8` parameter — see #751.
  mimetype.parameters.charset?.toLowerCase() === "utf-8" && mimetype.type !== "application/octet-stream") {
    return response.text().catch(noop);
  } else {
    return response.arrayBuffer().catch(
      /* v8 ignore next -- @preserve */
      () => new ArrayBuffer(0)
    );
  }
}
function isJSONResponse(mimetype) {
  return mimetype.type === "application/json" || mimetype.type === "application/scim+json";
}
function toErrorMessage(data) {
  if (typeof data === "string") {
    return data;
  }
  if (data instanceof ArrayBuffer) {
    return "Unknown error";
  }
  if (typeof data === "object" && data !== null && "message" in data) {
    const objectData = data;
    const suffix = "documentation_url" in objectData ? ` - ${objectData.documentation_url}` : "";
    return Array.isArray(objectData.errors) ? `${objectData.message}: ${objectData.errors.map((v) => JSON.stringify(v)).join(", ")}${suffix}` : `${objectData.message}${suffix}`;
  }
  return `Unknown error: ${JSON.stringify(data)}`;
}

// pkg/dist-src/with-defaults.js
function dist_bundle_withDefaults(oldEndpoint, newDefaults) {
  const endpoint2 = oldEndpoint.defaults(newDefaults);
  const newApi = function(route, parameters) {
    const endpointOptions = endpoint2.merge(route, parameters);
    if (!endpointOptions.request || !endpointOptions.request.hook) {
      return fetchWrapper(endpoint2.parse(endpointOptions));
    }
    const request2 = (route2, parameters2) => {
      return fetchWrapper(
        endpoint2.parse(endpoint2.merge(route2, parameters2))
      );
    };
    Object.assign(request2, {
      endpoint: endpoint2,
      defaults: dist_bundle_withDefaults.bind(null, endpoint2)
    });
    return endpointOptions.request.hook(request2, endpointOptions);
  };
  return Object.assign(newApi, {
    endpoint: endpoint2,
    defaults: dist_bundle_withDefaults.bind(null, endpoint2)
  });
}

// pkg/dist-src/index.js
var request = dist_bundle_withDefaults(endpoint, defaults_default);

/* v8 ignore next -- @preserve */
/* v8 ignore else -- @preserve */

;// CONCATENATED MODULE: ./node_modules/@octokit/graphql/dist-bundle/index.js
// pkg/dist-src/index.js



// pkg/dist-src/version.js
var graphql_dist_bundle_VERSION = "0.0.0-development";

// pkg/dist-src/with-defaults.js


// pkg/dist-src/graphql.js


// pkg/dist-src/error.js
function _buildMessageForResponseErrors(data) {
  return `Request failed due to following response errors:
` + data.errors.map((e) => ` - ${e.message}`).join("\n");
}
var GraphqlResponseError = class extends Error {
  constructor(request2, headers, response) {
    super(_buildMessageForResponseErrors(response));
    this.request = request2;
    this.headers = headers;
    this.response = response;
    this.errors = response.errors;
    this.data = response.data;
    if (Error.captureStackTrace) {
      Error.captureStackTrace(this, this.constructor);
    }
  }
  request;
  headers;
  response;
  name = "GraphqlResponseError";
  errors;
  data;
};

// pkg/dist-src/graphql.js
var NON_VARIABLE_OPTIONS = [
  "method",
  "baseUrl",
  "url",
  "headers",
  "request",
  "query",
  "mediaType",
  "operationName"
];
var FORBIDDEN_VARIABLE_OPTIONS = ["query", "method", "url"];
var GHES_V3_SUFFIX_REGEX = /\/api\/v3\/?$/;
function graphql(request2, query, options) {
  if (options) {
    if (typeof query === "string" && "query" in options) {
      return Promise.reject(
        new Error(`[@octokit/graphql] "query" cannot be used as variable name`)
      );
    }
    for (const key in options) {
      if (!FORBIDDEN_VARIABLE_OPTIONS.includes(key)) continue;
      return Promise.reject(
        new Error(
          `[@octokit/graphql] "${key}" cannot be used as variable name`
        )
      );
    }
  }
  const parsedOptions = typeof query === "string" ? Object.assign({ query }, options) : query;
  const requestOptions = Object.keys(
    parsedOptions
  ).reduce((result, key) => {
    if (NON_VARIABLE_OPTIONS.includes(key)) {
      result[key] = parsedOptions[key];
      return result;
    }
    if (!result.variables) {
      result.variables = {};
    }
    result.variables[key] = parsedOptions[key];
    return result;
  }, {});
  const baseUrl = parsedOptions.baseUrl || request2.endpoint.DEFAULTS.baseUrl;
  if (GHES_V3_SUFFIX_REGEX.test(baseUrl)) {
    requestOptions.url = baseUrl.replace(GHES_V3_SUFFIX_REGEX, "/api/graphql");
  }
  return request2(requestOptions).then((response) => {
    if (response.data.errors) {
      const headers = {};
      for (const key of Object.keys(response.headers)) {
        headers[key] = response.headers[key];
      }
      throw new GraphqlResponseError(
        requestOptions,
        headers,
        response.data
      );
    }
    return response.data.data;
  });
}

// pkg/dist-src/with-defaults.js
function graphql_dist_bundle_withDefaults(request2, newDefaults) {
  const newRequest = request2.defaults(newDefaults);
  const newApi = (query, options) => {
    return graphql(newRequest, query, options);
  };
  return Object.assign(newApi, {
    defaults: graphql_dist_bundle_withDefaults.bind(null, newRequest),
    endpoint: newRequest.endpoint
  });
}

// pkg/dist-src/index.js
var graphql2 = graphql_dist_bundle_withDefaults(request, {
  headers: {
    "user-agent": `octokit-graphql.js/${graphql_dist_bundle_VERSION} ${getUserAgent()}`
  },
  method: "POST",
  url: "/graphql"
});
function withCustomRequest(customRequest) {
  return graphql_dist_bundle_withDefaults(customRequest, {
    method: "POST",
    url: "/graphql"
  });
}

/* v8 ignore if -- @preserve */

;// CONCATENATED MODULE: ./node_modules/@octokit/auth-token/dist-bundle/index.js
// pkg/dist-src/is-jwt.js
var b64url = "(?:[a-zA-Z0-9_-]+)";
var sep = "\\.";
var jwtRE = new RegExp(`^${b64url}${sep}${b64url}${sep}${b64url}$`);
var isJWT = jwtRE.test.bind(jwtRE);

// pkg/dist-src/auth.js
async function auth(token) {
  const isApp = isJWT(token);
  const isInstallation = token.startsWith("v1.") || token.startsWith("ghs_");
  const isUserToServer = token.startsWith("ghu_");
  const tokenType = isApp ? "app" : isInstallation ? "installation" : isUserToServer ? "user-to-server" : "oauth";
  return {
    type: "token",
    token,
    tokenType
  };
}

// pkg/dist-src/with-authorization-prefix.js
function withAuthorizationPrefix(token) {
  if (token.split(/\./).length === 3) {
    return `bearer ${token}`;
  }
  return `token ${token}`;
}

// pkg/dist-src/hook.js
async function hook(token, request, route, parameters) {
  const endpoint = request.endpoint.merge(
    route,
    parameters
  );
  endpoint.headers.authorization = withAuthorizationPrefix(token);
  return request(endpoint);
}

// pkg/dist-src/index.js
var createTokenAuth = function createTokenAuth2(token) {
  if (!token) {
    throw new Error("[@octokit/auth-token] No token passed to createTokenAuth");
  }
  if (typeof token !== "string") {
    throw new Error(
      "[@octokit/auth-token] Token passed to createTokenAuth is not a string"
    );
  }
  token = token.replace(/^(token|bearer) +/i, "");
  return Object.assign(auth.bind(null, token), {
    hook: hook.bind(null, token)
  });
};


;// CONCATENATED MODULE: ./node_modules/@octokit/core/dist-src/version.js
const version_VERSION = "7.0.8";


;// CONCATENATED MODULE: ./node_modules/@octokit/core/dist-src/index.js






const dist_src_noop = () => {
};
const consoleWarn = console.warn.bind(console);
const consoleError = console.error.bind(console);
function createLogger(logger = {}) {
  if (typeof logger.debug !== "function") {
    logger.debug = dist_src_noop;
  }
  if (typeof logger.info !== "function") {
    logger.info = dist_src_noop;
  }
  if (typeof logger.warn !== "function") {
    logger.warn = consoleWarn;
  }
  if (typeof logger.error !== "function") {
    logger.error = consoleError;
  }
  return logger;
}
const userAgentTrail = `octokit-core.js/${version_VERSION} ${getUserAgent()}`;
class Octokit {
  static VERSION = version_VERSION;
  static defaults(defaults) {
    const OctokitWithDefaults = class extends this {
      constructor(...args) {
        const options = args[0] || {};
        if (typeof defaults === "function") {
          super(defaults(options));
          return;
        }
        super(
          Object.assign(
            {},
            defaults,
            options,
            options.userAgent && defaults.userAgent ? {
              userAgent: `${options.userAgent} ${defaults.userAgent}`
            } : null
          )
        );
      }
    };
    return OctokitWithDefaults;
  }
  static plugins = [];
  /**
   * Attach a plugin (or many) to your Octokit instance.
   *
   * @example
   * const API = Octokit.plugin(plugin1, plugin2, plugin3, ...)
   */
  static plugin(...newPlugins) {
    const currentPlugins = this.plugins;
    const NewOctokit = class extends this {
      static plugins = currentPlugins.concat(
        newPlugins.filter((plugin) => !currentPlugins.includes(plugin))
      );
    };
    return NewOctokit;
  }
  constructor(options = {}) {
    const hook = new before_after_hook.Collection();
    const requestDefaults = {
      baseUrl: request.endpoint.DEFAULTS.baseUrl,
      headers: {},
      request: Object.assign({}, options.request, {
        // @ts-ignore internal usage only, no need to type
        hook: hook.bind(null, "request")
      }),
      mediaType: {
        previews: [],
        format: ""
      }
    };
    requestDefaults.headers["user-agent"] = options.userAgent ? `${options.userAgent} ${userAgentTrail}` : userAgentTrail;
    if (options.baseUrl) {
      requestDefaults.baseUrl = options.baseUrl;
    }
    if (options.previews) {
      requestDefaults.mediaType.previews = options.previews;
    }
    if (options.timeZone) {
      requestDefaults.headers["time-zone"] = options.timeZone;
    }
    this.request = request.defaults(requestDefaults);
    this.graphql = withCustomRequest(this.request).defaults(requestDefaults);
    this.log = createLogger(options.log);
    this.hook = hook;
    if (!options.authStrategy) {
      if (!options.auth) {
        this.auth = async () => ({
          type: "unauthenticated"
        });
      } else {
        const auth = createTokenAuth(options.auth);
        hook.wrap("request", auth.hook);
        this.auth = auth;
      }
    } else {
      const { authStrategy, ...otherOptions } = options;
      const auth = authStrategy(
        Object.assign(
          {
            request: this.request,
            log: this.log,
            // we pass the current octokit instance as well as its constructor options
            // to allow for authentication strategies that return a new octokit instance
            // that shares the same internal state as the current one. The original
            // requirement for this was the "event-octokit" authentication strategy
            // of https://github.com/probot/octokit-auth-probot.
            octokit: this,
            octokitOptions: otherOptions
          },
          options.auth
        )
      );
      hook.wrap("request", auth.hook);
      this.auth = auth;
    }
    const classConstructor = this.constructor;
    for (let i = 0; i < classConstructor.plugins.length; ++i) {
      Object.assign(this, classConstructor.plugins[i](this, options));
    }
  }
  // assigned during constructor
  request;
  graphql;
  log;
  hook;
  // TODO: type `octokit.auth` based on passed options.authStrategy
  auth;
}


;// CONCATENATED MODULE: ./src/rest-endpoints-stand-in.ts
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
/** The plugin @actions/github adds to every client: an empty `rest`. */
function restEndpointMethods() {
    return { rest: {} };
}
restEndpointMethods.VERSION = 'runlens-stand-in';
/** The plugin's other export (scopes on octokit itself too); @actions/github does not use it. */
const legacyRestEndpointMethods = (/* unused pure expression or super */ null && (restEndpointMethods));

;// CONCATENATED MODULE: ./node_modules/@octokit/plugin-paginate-rest/dist-bundle/index.js
// pkg/dist-src/version.js
var plugin_paginate_rest_dist_bundle_VERSION = "0.0.0-development";

// pkg/dist-src/normalize-paginated-list-response.js
function normalizePaginatedListResponse(response) {
  if (!response.data) {
    return {
      ...response,
      data: []
    };
  }
  const responseNeedsNormalization = ("total_count" in response.data || "total_commits" in response.data) && !("url" in response.data);
  if (!responseNeedsNormalization) return response;
  const incompleteResults = response.data.incomplete_results;
  const repositorySelection = response.data.repository_selection;
  const totalCount = response.data.total_count;
  const totalCommits = response.data.total_commits;
  delete response.data.incomplete_results;
  delete response.data.repository_selection;
  delete response.data.total_count;
  delete response.data.total_commits;
  const namespaceKey = Object.keys(response.data)[0];
  const data = response.data[namespaceKey];
  response.data = data;
  if (typeof incompleteResults !== "undefined") {
    response.data.incomplete_results = incompleteResults;
  }
  if (typeof repositorySelection !== "undefined") {
    response.data.repository_selection = repositorySelection;
  }
  response.data.total_count = totalCount;
  response.data.total_commits = totalCommits;
  return response;
}

// pkg/dist-src/iterator.js
function iterator(octokit, route, parameters) {
  const options = typeof route === "function" ? route.endpoint(parameters) : octokit.request.endpoint(route, parameters);
  const requestMethod = typeof route === "function" ? route : octokit.request;
  const method = options.method;
  const headers = options.headers;
  let url = options.url;
  return {
    [Symbol.asyncIterator]: () => ({
      async next() {
        if (!url) return { done: true };
        try {
          const response = await requestMethod({ method, url, headers });
          const normalizedResponse = normalizePaginatedListResponse(response);
          url = ((normalizedResponse.headers.link || "").match(
            /<([^<>]+)>;\s*rel="next"/
          ) || [])[1];
          if (!url && "total_commits" in normalizedResponse.data) {
            const parsedUrl = new URL(normalizedResponse.url);
            const params = parsedUrl.searchParams;
            const page = parseInt(params.get("page") || "1", 10);
            const per_page = parseInt(params.get("per_page") || "250", 10);
            if (page * per_page < normalizedResponse.data.total_commits) {
              params.set("page", String(page + 1));
              url = parsedUrl.toString();
            }
          }
          return { value: normalizedResponse };
        } catch (error) {
          if (error.status !== 409) throw error;
          url = "";
          return {
            value: {
              status: 200,
              headers: {},
              data: []
            }
          };
        }
      }
    })
  };
}

// pkg/dist-src/paginate.js
function paginate(octokit, route, parameters, mapFn) {
  if (typeof parameters === "function") {
    mapFn = parameters;
    parameters = void 0;
  }
  return gather(
    octokit,
    [],
    iterator(octokit, route, parameters)[Symbol.asyncIterator](),
    mapFn
  );
}
function gather(octokit, results, iterator2, mapFn) {
  return iterator2.next().then((result) => {
    if (result.done) {
      return results;
    }
    let earlyExit = false;
    function done() {
      earlyExit = true;
    }
    results = results.concat(
      mapFn ? mapFn(result.value, done) : result.value.data
    );
    if (earlyExit) {
      return results;
    }
    return gather(octokit, results, iterator2, mapFn);
  });
}

// pkg/dist-src/compose-paginate.js
var composePaginateRest = Object.assign(paginate, {
  iterator
});

// pkg/dist-src/generated/paginating-endpoints.js
var paginatingEndpoints = (/* unused pure expression or super */ null && ([
  "GET /advisories",
  "GET /app/hook/deliveries",
  "GET /app/installation-requests",
  "GET /app/installations",
  "GET /assignments/{assignment_id}/accepted_assignments",
  "GET /classrooms",
  "GET /classrooms/{classroom_id}/assignments",
  "GET /enterprises/{enterprise}/code-security/configurations",
  "GET /enterprises/{enterprise}/code-security/configurations/{configuration_id}/repositories",
  "GET /enterprises/{enterprise}/dependabot/alerts",
  "GET /enterprises/{enterprise}/teams",
  "GET /enterprises/{enterprise}/teams/{enterprise-team}/memberships",
  "GET /enterprises/{enterprise}/teams/{enterprise-team}/organizations",
  "GET /events",
  "GET /gists",
  "GET /gists/public",
  "GET /gists/starred",
  "GET /gists/{gist_id}/comments",
  "GET /gists/{gist_id}/commits",
  "GET /gists/{gist_id}/forks",
  "GET /installation/repositories",
  "GET /issues",
  "GET /licenses",
  "GET /marketplace_listing/plans",
  "GET /marketplace_listing/plans/{plan_id}/accounts",
  "GET /marketplace_listing/stubbed/plans",
  "GET /marketplace_listing/stubbed/plans/{plan_id}/accounts",
  "GET /networks/{owner}/{repo}/events",
  "GET /notifications",
  "GET /organizations",
  "GET /organizations/{org}/dependabot/repository-access",
  "GET /orgs/{org}/actions/cache/usage-by-repository",
  "GET /orgs/{org}/actions/hosted-runners",
  "GET /orgs/{org}/actions/permissions/repositories",
  "GET /orgs/{org}/actions/permissions/self-hosted-runners/repositories",
  "GET /orgs/{org}/actions/runner-groups",
  "GET /orgs/{org}/actions/runner-groups/{runner_group_id}/hosted-runners",
  "GET /orgs/{org}/actions/runner-groups/{runner_group_id}/repositories",
  "GET /orgs/{org}/actions/runner-groups/{runner_group_id}/runners",
  "GET /orgs/{org}/actions/runners",
  "GET /orgs/{org}/actions/secrets",
  "GET /orgs/{org}/actions/secrets/{secret_name}/repositories",
  "GET /orgs/{org}/actions/variables",
  "GET /orgs/{org}/actions/variables/{name}/repositories",
  "GET /orgs/{org}/attestations/repositories",
  "GET /orgs/{org}/attestations/{subject_digest}",
  "GET /orgs/{org}/blocks",
  "GET /orgs/{org}/campaigns",
  "GET /orgs/{org}/code-scanning/alerts",
  "GET /orgs/{org}/code-security/configurations",
  "GET /orgs/{org}/code-security/configurations/{configuration_id}/repositories",
  "GET /orgs/{org}/codespaces",
  "GET /orgs/{org}/codespaces/secrets",
  "GET /orgs/{org}/codespaces/secrets/{secret_name}/repositories",
  "GET /orgs/{org}/copilot/billing/seats",
  "GET /orgs/{org}/copilot/metrics",
  "GET /orgs/{org}/dependabot/alerts",
  "GET /orgs/{org}/dependabot/secrets",
  "GET /orgs/{org}/dependabot/secrets/{secret_name}/repositories",
  "GET /orgs/{org}/events",
  "GET /orgs/{org}/failed_invitations",
  "GET /orgs/{org}/hooks",
  "GET /orgs/{org}/hooks/{hook_id}/deliveries",
  "GET /orgs/{org}/insights/api/route-stats/{actor_type}/{actor_id}",
  "GET /orgs/{org}/insights/api/subject-stats",
  "GET /orgs/{org}/insights/api/user-stats/{user_id}",
  "GET /orgs/{org}/installations",
  "GET /orgs/{org}/invitations",
  "GET /orgs/{org}/invitations/{invitation_id}/teams",
  "GET /orgs/{org}/issues",
  "GET /orgs/{org}/members",
  "GET /orgs/{org}/members/{username}/codespaces",
  "GET /orgs/{org}/migrations",
  "GET /orgs/{org}/migrations/{migration_id}/repositories",
  "GET /orgs/{org}/organization-roles/{role_id}/teams",
  "GET /orgs/{org}/organization-roles/{role_id}/users",
  "GET /orgs/{org}/outside_collaborators",
  "GET /orgs/{org}/packages",
  "GET /orgs/{org}/packages/{package_type}/{package_name}/versions",
  "GET /orgs/{org}/personal-access-token-requests",
  "GET /orgs/{org}/personal-access-token-requests/{pat_request_id}/repositories",
  "GET /orgs/{org}/personal-access-tokens",
  "GET /orgs/{org}/personal-access-tokens/{pat_id}/repositories",
  "GET /orgs/{org}/private-registries",
  "GET /orgs/{org}/projects",
  "GET /orgs/{org}/projectsV2",
  "GET /orgs/{org}/projectsV2/{project_number}/fields",
  "GET /orgs/{org}/projectsV2/{project_number}/items",
  "GET /orgs/{org}/properties/values",
  "GET /orgs/{org}/public_members",
  "GET /orgs/{org}/repos",
  "GET /orgs/{org}/rulesets",
  "GET /orgs/{org}/rulesets/rule-suites",
  "GET /orgs/{org}/rulesets/{ruleset_id}/history",
  "GET /orgs/{org}/secret-scanning/alerts",
  "GET /orgs/{org}/security-advisories",
  "GET /orgs/{org}/settings/immutable-releases/repositories",
  "GET /orgs/{org}/settings/network-configurations",
  "GET /orgs/{org}/team/{team_slug}/copilot/metrics",
  "GET /orgs/{org}/teams",
  "GET /orgs/{org}/teams/{team_slug}/discussions",
  "GET /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}/comments",
  "GET /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}/comments/{comment_number}/reactions",
  "GET /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}/reactions",
  "GET /orgs/{org}/teams/{team_slug}/invitations",
  "GET /orgs/{org}/teams/{team_slug}/members",
  "GET /orgs/{org}/teams/{team_slug}/projects",
  "GET /orgs/{org}/teams/{team_slug}/repos",
  "GET /orgs/{org}/teams/{team_slug}/teams",
  "GET /projects/{project_id}/collaborators",
  "GET /repos/{owner}/{repo}/actions/artifacts",
  "GET /repos/{owner}/{repo}/actions/caches",
  "GET /repos/{owner}/{repo}/actions/organization-secrets",
  "GET /repos/{owner}/{repo}/actions/organization-variables",
  "GET /repos/{owner}/{repo}/actions/runners",
  "GET /repos/{owner}/{repo}/actions/runs",
  "GET /repos/{owner}/{repo}/actions/runs/{run_id}/artifacts",
  "GET /repos/{owner}/{repo}/actions/runs/{run_id}/attempts/{attempt_number}/jobs",
  "GET /repos/{owner}/{repo}/actions/runs/{run_id}/jobs",
  "GET /repos/{owner}/{repo}/actions/secrets",
  "GET /repos/{owner}/{repo}/actions/variables",
  "GET /repos/{owner}/{repo}/actions/workflows",
  "GET /repos/{owner}/{repo}/actions/workflows/{workflow_id}/runs",
  "GET /repos/{owner}/{repo}/activity",
  "GET /repos/{owner}/{repo}/assignees",
  "GET /repos/{owner}/{repo}/attestations/{subject_digest}",
  "GET /repos/{owner}/{repo}/branches",
  "GET /repos/{owner}/{repo}/check-runs/{check_run_id}/annotations",
  "GET /repos/{owner}/{repo}/check-suites/{check_suite_id}/check-runs",
  "GET /repos/{owner}/{repo}/code-scanning/alerts",
  "GET /repos/{owner}/{repo}/code-scanning/alerts/{alert_number}/instances",
  "GET /repos/{owner}/{repo}/code-scanning/analyses",
  "GET /repos/{owner}/{repo}/codespaces",
  "GET /repos/{owner}/{repo}/codespaces/devcontainers",
  "GET /repos/{owner}/{repo}/codespaces/secrets",
  "GET /repos/{owner}/{repo}/collaborators",
  "GET /repos/{owner}/{repo}/comments",
  "GET /repos/{owner}/{repo}/comments/{comment_id}/reactions",
  "GET /repos/{owner}/{repo}/commits",
  "GET /repos/{owner}/{repo}/commits/{commit_sha}/comments",
  "GET /repos/{owner}/{repo}/commits/{commit_sha}/pulls",
  "GET /repos/{owner}/{repo}/commits/{ref}/check-runs",
  "GET /repos/{owner}/{repo}/commits/{ref}/check-suites",
  "GET /repos/{owner}/{repo}/commits/{ref}/status",
  "GET /repos/{owner}/{repo}/commits/{ref}/statuses",
  "GET /repos/{owner}/{repo}/compare/{basehead}",
  "GET /repos/{owner}/{repo}/compare/{base}...{head}",
  "GET /repos/{owner}/{repo}/contributors",
  "GET /repos/{owner}/{repo}/dependabot/alerts",
  "GET /repos/{owner}/{repo}/dependabot/secrets",
  "GET /repos/{owner}/{repo}/deployments",
  "GET /repos/{owner}/{repo}/deployments/{deployment_id}/statuses",
  "GET /repos/{owner}/{repo}/environments",
  "GET /repos/{owner}/{repo}/environments/{environment_name}/deployment-branch-policies",
  "GET /repos/{owner}/{repo}/environments/{environment_name}/deployment_protection_rules/apps",
  "GET /repos/{owner}/{repo}/environments/{environment_name}/secrets",
  "GET /repos/{owner}/{repo}/environments/{environment_name}/variables",
  "GET /repos/{owner}/{repo}/events",
  "GET /repos/{owner}/{repo}/forks",
  "GET /repos/{owner}/{repo}/hooks",
  "GET /repos/{owner}/{repo}/hooks/{hook_id}/deliveries",
  "GET /repos/{owner}/{repo}/invitations",
  "GET /repos/{owner}/{repo}/issues",
  "GET /repos/{owner}/{repo}/issues/comments",
  "GET /repos/{owner}/{repo}/issues/comments/{comment_id}/reactions",
  "GET /repos/{owner}/{repo}/issues/events",
  "GET /repos/{owner}/{repo}/issues/{issue_number}/comments",
  "GET /repos/{owner}/{repo}/issues/{issue_number}/dependencies/blocked_by",
  "GET /repos/{owner}/{repo}/issues/{issue_number}/dependencies/blocking",
  "GET /repos/{owner}/{repo}/issues/{issue_number}/events",
  "GET /repos/{owner}/{repo}/issues/{issue_number}/labels",
  "GET /repos/{owner}/{repo}/issues/{issue_number}/reactions",
  "GET /repos/{owner}/{repo}/issues/{issue_number}/sub_issues",
  "GET /repos/{owner}/{repo}/issues/{issue_number}/timeline",
  "GET /repos/{owner}/{repo}/keys",
  "GET /repos/{owner}/{repo}/labels",
  "GET /repos/{owner}/{repo}/milestones",
  "GET /repos/{owner}/{repo}/milestones/{milestone_number}/labels",
  "GET /repos/{owner}/{repo}/notifications",
  "GET /repos/{owner}/{repo}/pages/builds",
  "GET /repos/{owner}/{repo}/projects",
  "GET /repos/{owner}/{repo}/pulls",
  "GET /repos/{owner}/{repo}/pulls/comments",
  "GET /repos/{owner}/{repo}/pulls/comments/{comment_id}/reactions",
  "GET /repos/{owner}/{repo}/pulls/{pull_number}/comments",
  "GET /repos/{owner}/{repo}/pulls/{pull_number}/commits",
  "GET /repos/{owner}/{repo}/pulls/{pull_number}/files",
  "GET /repos/{owner}/{repo}/pulls/{pull_number}/reviews",
  "GET /repos/{owner}/{repo}/pulls/{pull_number}/reviews/{review_id}/comments",
  "GET /repos/{owner}/{repo}/releases",
  "GET /repos/{owner}/{repo}/releases/{release_id}/assets",
  "GET /repos/{owner}/{repo}/releases/{release_id}/reactions",
  "GET /repos/{owner}/{repo}/rules/branches/{branch}",
  "GET /repos/{owner}/{repo}/rulesets",
  "GET /repos/{owner}/{repo}/rulesets/rule-suites",
  "GET /repos/{owner}/{repo}/rulesets/{ruleset_id}/history",
  "GET /repos/{owner}/{repo}/secret-scanning/alerts",
  "GET /repos/{owner}/{repo}/secret-scanning/alerts/{alert_number}/locations",
  "GET /repos/{owner}/{repo}/security-advisories",
  "GET /repos/{owner}/{repo}/stargazers",
  "GET /repos/{owner}/{repo}/subscribers",
  "GET /repos/{owner}/{repo}/tags",
  "GET /repos/{owner}/{repo}/teams",
  "GET /repos/{owner}/{repo}/topics",
  "GET /repositories",
  "GET /search/code",
  "GET /search/commits",
  "GET /search/issues",
  "GET /search/labels",
  "GET /search/repositories",
  "GET /search/topics",
  "GET /search/users",
  "GET /teams/{team_id}/discussions",
  "GET /teams/{team_id}/discussions/{discussion_number}/comments",
  "GET /teams/{team_id}/discussions/{discussion_number}/comments/{comment_number}/reactions",
  "GET /teams/{team_id}/discussions/{discussion_number}/reactions",
  "GET /teams/{team_id}/invitations",
  "GET /teams/{team_id}/members",
  "GET /teams/{team_id}/projects",
  "GET /teams/{team_id}/repos",
  "GET /teams/{team_id}/teams",
  "GET /user/blocks",
  "GET /user/codespaces",
  "GET /user/codespaces/secrets",
  "GET /user/emails",
  "GET /user/followers",
  "GET /user/following",
  "GET /user/gpg_keys",
  "GET /user/installations",
  "GET /user/installations/{installation_id}/repositories",
  "GET /user/issues",
  "GET /user/keys",
  "GET /user/marketplace_purchases",
  "GET /user/marketplace_purchases/stubbed",
  "GET /user/memberships/orgs",
  "GET /user/migrations",
  "GET /user/migrations/{migration_id}/repositories",
  "GET /user/orgs",
  "GET /user/packages",
  "GET /user/packages/{package_type}/{package_name}/versions",
  "GET /user/public_emails",
  "GET /user/repos",
  "GET /user/repository_invitations",
  "GET /user/social_accounts",
  "GET /user/ssh_signing_keys",
  "GET /user/starred",
  "GET /user/subscriptions",
  "GET /user/teams",
  "GET /users",
  "GET /users/{username}/attestations/{subject_digest}",
  "GET /users/{username}/events",
  "GET /users/{username}/events/orgs/{org}",
  "GET /users/{username}/events/public",
  "GET /users/{username}/followers",
  "GET /users/{username}/following",
  "GET /users/{username}/gists",
  "GET /users/{username}/gpg_keys",
  "GET /users/{username}/keys",
  "GET /users/{username}/orgs",
  "GET /users/{username}/packages",
  "GET /users/{username}/projects",
  "GET /users/{username}/projectsV2",
  "GET /users/{username}/projectsV2/{project_number}/fields",
  "GET /users/{username}/projectsV2/{project_number}/items",
  "GET /users/{username}/received_events",
  "GET /users/{username}/received_events/public",
  "GET /users/{username}/repos",
  "GET /users/{username}/social_accounts",
  "GET /users/{username}/ssh_signing_keys",
  "GET /users/{username}/starred",
  "GET /users/{username}/subscriptions"
]));

// pkg/dist-src/paginating-endpoints.js
function isPaginatingEndpoint(arg) {
  if (typeof arg === "string") {
    return paginatingEndpoints.includes(arg);
  } else {
    return false;
  }
}

// pkg/dist-src/index.js
function paginateRest(octokit) {
  return {
    paginate: Object.assign(paginate.bind(null, octokit), {
      iterator: iterator.bind(null, octokit)
    })
  };
}
paginateRest.VERSION = plugin_paginate_rest_dist_bundle_VERSION;


;// CONCATENATED MODULE: ./node_modules/@actions/github/lib/utils.js


// octokit + plugins



const context = new Context();
const baseUrl = getApiBaseUrl();
const defaults = {
    baseUrl,
    request: {
        agent: getProxyAgent(baseUrl),
        fetch: getProxyFetch(baseUrl)
    }
};
const GitHub = Octokit.plugin(restEndpointMethods, paginateRest).defaults(defaults);

/**
 * Convience function to correctly format Octokit Options to pass into the constructor.
 *
 * @param     token    the repo PAT or GITHUB_TOKEN
 * @param     options  other options to set
 */
function getOctokitOptions(token, options) {
    const opts = Object.assign({}, options || {}); // Shallow clone - don't mutate the object provided by the caller
    // Auth
    const auth = getAuthString(token, opts);
    if (auth) {
        opts.auth = auth;
    }
    // Orchestration ID
    const userAgent = getUserAgentWithOrchestrationId(opts.userAgent);
    if (userAgent) {
        opts.userAgent = userAgent;
    }
    return opts;
}
//# sourceMappingURL=utils.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/github/lib/github.js


const github_context = new Context();
/**
 * Returns a hydrated octokit ready to use for GitHub Actions
 *
 * @param     token    the repo PAT or GITHUB_TOKEN
 * @param     options  other options to set
 */
function getOctokit(token, options, ...additionalPlugins) {
    const GitHubWithPlugins = GitHub.plugin(...additionalPlugins);
    return new GitHubWithPlugins(getOctokitOptions(token, options));
}
//# sourceMappingURL=github.js.map
;// CONCATENATED MODULE: ./src/model/log-lines.ts
/* eslint-disable no-control-regex -- escape sequences are control characters */
/**
 * ANSI escape sequences: CSI (`ESC [` … final byte, or the 8-bit `0x9b`), OSC
 * (`ESC ]` or `0x9d` … up to BEL, `ESC \` or `0x9c`; an unterminated one runs
 * to the end, as a terminal would swallow it), and the short two- or
 * three-byte `ESC` sequences such as `ESC ( B` or `ESC 7`.
 */
const ANSI = /\x1b\[[0-?]*[ -/]*[@-~]|\x9b[0-?]*[ -/]*[@-~]|(?:\x1b\]|\x9d)[^\x07\x1b\x9c]*(?:\x07|\x1b\\|\x9c)?|\x1b[ -/]*[0-~]/g;
/* eslint-enable no-control-regex */
/**
 * Removes ANSI CSI and OSC escape sequences (colours, cursor moves, hyperlinks).
 *
 * @example stripAnsi('\x1b[31mError\x1b[0m: boom') === 'Error: boom'
 */
function stripAnsi(s) {
    return s.replace(ANSI, '');
}
// Reading one log line
/** The runner's timestamp: 7 fractional digits, one space after it. */
const STAMP = /^(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d{1,3})?)\d*Z ?/;
/** A line the runner wrote as a `##[name]` marker (what `::name::` became). */
const MARKER = /^##\[([a-z-]+)\]/;
/**
 * Splits off the BOM and the runner's timestamp.
 *
 * @example parseLine('\uFEFF2026-11-20T10:03:12.1234567Z ##[error]boom')
 *   // { ms: Date.parse('2026-11-20T10:03:12.123Z'), text: '##[error]boom', marker: 'error' }
 */
function parseLine(raw) {
    const line = raw.startsWith('\uFEFF') ? raw.slice(1) : raw;
    const stamp = STAMP.exec(line);
    const ms = stamp ? Date.parse(`${stamp[1] ?? ''}Z`) : NaN;
    const text = stamp ? line.slice(stamp[0].length) : line;
    return {
        ms: Number.isNaN(ms) ? null : ms,
        text,
        marker: MARKER.exec(text)?.[1] ?? null
    };
}
/**
 * Whether a line opens a step's part of the log: the runner writes
 * `##[group]Run <command or action>` when a step starts, whatever its `name:`.
 *
 * @example isStepStart('##[group]Run npm test') === true
 */
function isStepStart(text) {
    return text.startsWith('##[group]Run ');
}
// The markers shown with a word, as GitHub's log viewer shows them.
const MARKER_LABELS = {
    error: 'Error: ',
    warning: 'Warning: ',
    notice: 'Notice: ',
    debug: 'Debug: ',
    command: '',
    section: ''
};
/* eslint-disable no-control-regex -- removing control characters is the point */
/** C0 controls but tab, DEL and C1: a terminal acts on them, a reader never sees them. */
const CONTROLS = /[\x00-\x08\x0b-\x1f\x7f-\x9f]/g;
/* eslint-enable no-control-regex */
/**
 * A log line as a reader should see it: no ANSI codes or control characters,
 * only what a terminal would leave of a line rewritten with `\r`, and
 * `##[error]`-style markers shown as words. Null for `##[group]` and
 * `##[endgroup]` lines, which only fold the log.
 *
 * @example showLine({ ms: null, text: '##[error]\x1b[31mboom\x1b[0m', marker: 'error' }) === 'Error: boom'
 * @example showLine({ ms: null, text: '10%\r55%\r100% done', marker: null }) === '100% done'
 */
function showLine(line) {
    let text = line.text;
    if (line.marker !== null) {
        if (line.marker === 'group' || line.marker === 'endgroup')
            return null;
        const label = MARKER_LABELS[line.marker];
        if (label !== undefined)
            text = label + text.slice(line.marker.length + 4);
    }
    text = stripAnsi(text);
    // A progress bar redraws its line after `\r`; keep the last drawing.
    const drawings = text.split('\r').filter((part) => part !== '');
    text = drawings.at(-1) ?? '';
    return text.replace(CONTROLS, '').trimEnd();
}
// ---------------------------------------------------------------------------
// Finding the failing step's part
/** Collapses runs of whitespace and drops a trailing ellipsis. ex. 'Run  npm test…' -> 'Run npm test' */
function normalizeName(s) {
    return s
        .replace(/\s+/g, ' ')
        .trim()
        .replace(/\s*(?:…|\.\.\.)$/, '');
}
/**
 * Whether a `##[group]Run …` header belongs to a step of that name. The API
 * names an unnamed step `Run <first line of the command>`, sometimes
 * shortened, so a header that starts with the name matches too.
 *
 * @example headerMatches('Run npm run build -- --target linux-x64', 'Run npm run build -- --ta…') === true
 * @example headerMatches('Run npm test', 'Test') === false
 */
function headerMatches(header, stepName) {
    const h = normalizeName(header);
    const n = normalizeName(stepName);
    if (!n.startsWith('Run ') || n.length <= 'Run '.length)
        return false;
    return h === n || (n.length >= 8 && h.startsWith(n));
}
/**
 * The API's step times as a window of epoch milliseconds: they have whole
 * seconds, the log's timestamps a tenth of a microsecond, so the window runs
 * from the start's second to the end of the end's second.
 *
 * @example stepWindow({ started_at: '2026-11-20T10:03:12Z', completed_at: '2026-11-20T10:03:20Z' })
 *   // { from: Date.parse('2026-11-20T10:03:12Z'), to: Date.parse('2026-11-20T10:03:21Z') }
 */
function stepWindow(step) {
    const start = Date.parse(step.started_at ?? '');
    const end = Date.parse(step.completed_at ?? '');
    if (Number.isNaN(start) || Number.isNaN(end))
        return null;
    return { from: Math.floor(start / 1000) * 1000, to: Math.floor(end / 1000) * 1000 + 1000 };
}
/**
 * Where the step's lines are: its `##[group]Run` header found by name (or, for
 * a step with its own `name:`, by time), up to the next step's header, or up
 * to the step's end time when known (a composite action writes a header for
 * each of its own steps). Null when the step cannot be found.
 */
function locateStep(lines, headers, step) {
    const window = stepWindow(step);
    const inWindow = (i) => {
        const ms = lines[i]?.ms ?? null;
        return window !== null && ms !== null && ms >= window.from && ms < window.to;
    };
    const nextHeader = (i) => headers.find((h) => h > i) ?? lines.length;
    const partFrom = (i) => {
        if (!inWindow(i) || window === null)
            return { start: i, end: nextHeader(i) };
        let end = i + 1;
        while (end < lines.length && !((lines[end]?.ms ?? -Infinity) >= window.to))
            end++;
        return { start: i, end };
    };
    const named = headers.filter((h) => headerMatches(lines[h]?.text.slice('##[group]'.length) ?? '', step.name));
    let header;
    if (named.length > 0) {
        // The same command can run in several steps: the one at the step's time,
        // else the one that reported an error, else the last (a failure ends the job).
        header =
            named.find(inWindow) ?? named.find((h) => firstError(lines, partFrom(h)) >= 0) ?? named.at(-1);
    }
    else {
        header = headers.find(inWindow);
    }
    return header === undefined ? null : partFrom(header);
}
/** Index of the first `##[error]` line in the part; -1 when there is none. */
function firstError(lines, part) {
    for (let i = part.start; i < part.end; i++)
        if (lines[i]?.marker === 'error')
            return i;
    return -1;
}
/**
 * The step part that holds the log's first `##[error]` line, for a step that
 * could not be found; the whole log when no line is an error.
 */
function partOfFirstError(lines, headers) {
    const error = firstError(lines, { start: 0, end: lines.length });
    if (error < 0)
        return { start: 0, end: lines.length };
    let start = 0;
    for (const h of headers)
        if (h <= error)
            start = h;
    return { start, end: headers.find((h) => h > error) ?? lines.length };
}
/**
 * The lines that show why a step failed: in the failing step's part of a job
 * log, the last `maxLines` lines up to and including its first `##[error]`
 * line (the last lines of the part when it has none). The BOM, timestamps,
 * ANSI codes and `##[group]`/`##[endgroup]` lines are dropped; `##[error]x`
 * reads `Error: x`. When the step is null or not found in the log, the part
 * around the log's first `##[error]` line is used.
 *
 * @example failingLines('\uFEFF2026-11-20T10:00:01.0000000Z ##[group]Run make\n' +
 *   '2026-11-20T10:00:01.1000000Z ##[endgroup]\n2026-11-20T10:00:02.0000000Z cc: \x1b[31mno\x1b[0m\n' +
 *   '2026-11-20T10:00:02.1000000Z ##[error]Process completed with exit code 2.\n',
 *   { name: 'Run make', number: 3 }, 30)
 *   // ['cc: no', 'Error: Process completed with exit code 2.']
 */
function failingLines(log, step, maxLines) {
    if (maxLines <= 0)
        return [];
    const raw = log.split('\n');
    if (raw.at(-1) === '')
        raw.pop();
    const lines = raw.map((line) => parseLine(line.endsWith('\r') ? line.slice(0, -1) : line));
    const headers = [];
    lines.forEach((line, i) => {
        if (isStepStart(line.text))
            headers.push(i);
    });
    const part = (step && locateStep(lines, headers, step)) ?? partOfFirstError(lines, headers);
    const error = firstError(lines, part);
    const out = [];
    for (let i = error >= 0 ? error : part.end - 1; i >= part.start && out.length < maxLines; i--) {
        const line = lines[i];
        const shown = line ? showLine(line) : null;
        if (shown !== null)
            out.push(shown);
    }
    out.reverse();
    // Blank lines at the edges only push the lines that matter out of view.
    while (out[0] === '')
        out.shift();
    while (out.at(-1) === '')
        out.pop();
    return out;
}

;// CONCATENATED MODULE: ./src/render/escape.ts
// Every escape of text that comes from the GitHub API (job, step and runner
// names, log lines, URLs) lives here, one function per place the text lands.
// Names are chosen by whoever writes the workflow, so treat them as hostile:
// a `|` must not split a table cell, `<script>` must stay text, and a log line
// must never turn into a `::command::` for the runner.


/* eslint-disable no-control-regex -- matching control characters is this module's job */
/** U+200B ZERO WIDTH SPACE: invisible, but breaks a token a parser looks for. */
const ZWSP = '\u200b';
/**
 * Control characters (C0, DEL, C1) and the Unicode line/paragraph separators:
 * anything that could end a line for some reader, or that a terminal acts on.
 */
const CONTROL = /[\x00-\x1f\x7f-\x9f\u2028\u2029]/g;
/** A run of ASCII spaces and control characters that holds at least one control. */
const CONTROL_RUN = / *[\x00-\x1f\x7f-\x9f\u2028\u2029][ \x00-\x1f\x7f-\x9f\u2028\u2029]*/g;
/** Replaces each run of control characters (and the spaces around it) by one space. */
function flatten(s) {
    return s.replace(CONTROL_RUN, ' ');
}
// Backslash-escaping any ASCII punctuation is always allowed in CommonMark and
// renders as the bare character, so escaping more than needed costs nothing.
// `$` is here because GitHub renders `$…$` as math.
const MD_ESCAPES = {
    '\\': '\\\\',
    '`': '\\`',
    '*': '\\*',
    _: '\\_',
    '[': '\\[',
    ']': '\\]',
    '~': '\\~',
    '#': '\\#',
    '!': '\\!',
    $: '\\$',
    // GFM splits table rows on `|` before any inline parsing, even inside code
    // spans; `\|` is the one form it leaves in the cell.
    '|': '\\|',
    '&': '&amp;',
    '<': '&lt;',
    '>': '&gt;',
    // GitHub finds @mentions in the rendered HTML, after entities and backslash
    // escapes are gone (so neither `\@` nor `&#64;` helps); a zero-width space
    // after the `@` is what stops the mention and the notification.
    '@': '@&#8203;'
};
/**
 * Text for a GitHub-flavoured Markdown table cell or link text `[…](…)`.
 * Renders as the original text, with line breaks and other control characters
 * shown as one space: no formatting, links, images, HTML, @mentions or
 * autolinked URLs, and a `|` never splits the cell.
 *
 * @example mdText('e2e | smoke: `chrome`') === 'e2e \\| smoke: \\`chrome\\`'
 * @example mdText('@octocat **hi**') === '@&#8203;octocat \\*\\*hi\\*\\*'
 */
function mdText(s) {
    return (flatten(s)
        .replace(/[\\`*_[\]~#!$|&<>@]/g, (c) => MD_ESCAPES[c] ?? c)
        // GFM autolinks `http://…`, `https://…`, `ftp://…` and `www.…` even
        // without brackets; an escaped `:` or `.` is not seen as one.
        .replace(/:\/\//g, '\\://')
        .replace(/\bwww\./gi, (m) => `${m.slice(0, 3)}\\.`));
}
/**
 * A URL for the `(…)` of a Markdown link, safe inside a table cell too. Spaces,
 * parentheses, `<`, `>`, `"`, `|` and control characters are percent-encoded;
 * `\` and `&` are escaped for Markdown (not percent-encoded) so that the link
 * points at exactly the URL given.
 *
 * @example mdUrl('https://x/a b(1)') === 'https://x/a%20b%281%29'
 */
function mdUrl(url) {
    return url.replace(/[\x00-\x20\x7f-\x9f()<>"|\\&]/g, (c) => {
        if (c === '\\')
            return '\\\\';
        // `&copy;` in a link destination would be read as an entity.
        if (c === '&')
            return '&amp;';
        // encodeURIComponent leaves `(` and `)` alone; the C1 controls take two bytes.
        const code = c.charCodeAt(0);
        return code < 0x80
            ? `%${code.toString(16).toUpperCase().padStart(2, '0')}`
            : encodeURIComponent(c);
    });
}
// Besides the five HTML specials, Markdown punctuation is written as numeric
// entities: text inside an inline tag such as `<code>` in a table cell is still
// parsed as Markdown (`*x*` would be emphasis, `|` would split the cell), while
// an entity is always read as its plain character, by Markdown and by HTML.
const HTML_ESCAPES = {
    '&': '&amp;',
    '<': '&lt;',
    '>': '&gt;',
    '"': '&quot;',
    "'": '&#39;',
    '|': '&#124;',
    '\\': '&#92;',
    '`': '&#96;',
    '*': '&#42;',
    _: '&#95;',
    '[': '&#91;',
    ']': '&#93;',
    '~': '&#126;',
    '#': '&#35;',
    '!': '&#33;',
    $: '&#36;',
    '@': '@&#8203;'
};
/**
 * Text for HTML element content or an attribute value (`<summary>`,
 * `<details>`, `<code>`, `title="…"`), on one line. Also safe where GitHub
 * parses the tag's content as Markdown, such as `<code>` inside a table cell.
 *
 * @example html('<b>"x" & y</b>') === '&lt;b&gt;&quot;x&quot; &amp; y&lt;/b&gt;'
 */
function html(s) {
    return flatten(s)
        .replace(/[&<>"'|\\`*_[\]~#!$@]/g, (c) => HTML_ESCAPES[c] ?? c)
        .replace(/:\/\//g, '&#58;//')
        .replace(/\bwww\./gi, (m) => `${m.slice(0, 3)}&#46;`);
}
// Lines of a mermaid gantt that start with one of these (case-insensitive) are
// read as statements, not tasks: a job named `excludes weekends` would change
// the chart, one named `title x` or `2024-01-01 nightly` would break it.
const MERMAID_KEYWORD = /^(?:gantt|dateformat|inclusiveenddates|topaxis|axisformat|tickinterval|includes|excludes|todaymarker|weekday|weekend|title|accdescription|accdescr|acctitle|section|click|call|href|displaymode|\d{4}-\d\d-\d\d)/i;
const MERMAID_REPLACEMENTS = {
    ':': '\u2236', // ∶ RATIO: `:` ends a task name
    ';': '\uff1b', // ； ends a statement
    '#': '\uff03', // ＃ starts a comment or an entity (`#35;`)
    // ％: `%%` starts a comment; so does a line whose first or second character
    // is `%` (the gantt lexer's comment rule `[^}]%+` comes before the task rule).
    '%': '\uff05',
    '<': '\u2039', // ‹
    '>': '\u203a', // ›
    '&': '\uff06', // ＆
    '"': "'",
    '`': "'"
};
/**
 * A task or section name for a mermaid gantt: one line, none of the characters
 * mermaid reads as syntax (each replaced by a look-alike), trimmed, never
 * empty, and never starting with a gantt keyword.
 *
 * @example mermaidText('e2e: chrome; #1') === 'e2e∶ chrome； ＃1'
 * @example mermaidText('  \n ') === '-'
 */
function mermaidText(s) {
    const text = flatten(s)
        .replace(/[:;#%<>&"`]/g, (c) => MERMAID_REPLACEMENTS[c] ?? c)
        .trim();
    if (text === '')
        return '-';
    // A zero-width space is not whitespace to the lexer, so the line no longer
    // starts with the keyword.
    return MERMAID_KEYWORD.test(text) ? ZWSP + text : text;
}
/**
 * Text to print inside one line of the runner's log. ANSI sequences are
 * removed, line breaks and control characters become spaces, and the
 * workflow-command markers are broken with a zero-width space wherever they
 * occur: the runner reads `::cmd::` at the start of a line (after leading
 * spaces) and the legacy `##[cmd]` anywhere in it.
 *
 * @example logText('x\n::error::pwned') === 'x :\u200b:error:\u200b:pwned'
 * @example logText('##[set-output name=x]y') === '#\u200b#[set-output name=x]y'
 */
function logText(s) {
    return stripAnsi(s)
        .replace(/\r\n/g, ' ')
        .replace(CONTROL, ' ')
        .replace(/:(?=:)/g, `:${ZWSP}`)
        .replace(/#(?=#\[)/g, `#${ZWSP}`);
}
/**
 * A message of several lines for the runner's log: each line as logText
 * makes it, the line breaks kept.
 *
 * @example logLines('failed:\n::error::x') === 'failed:\n:\u200b:error:\u200b:x'
 */
function logLines(s) {
    return s.split(/\r?\n/).map(logText).join('\n');
}
/**
 * A fenced Markdown code block that nothing in `text` can close: its fence is
 * one backtick longer than the longest run of backticks in `text` (at least
 * three). Ends with a newline.
 *
 * @example fence('a ``` b', 'text') === '````text\na ``` b\n````\n'
 */
function fence(text, info = '') {
    let longest = 0;
    for (const run of text.match(/`+/g) ?? [])
        longest = Math.max(longest, run.length);
    const ticks = '`'.repeat(Math.max(3, longest + 1));
    // A backtick fence's info string may not contain backticks or line breaks.
    const safeInfo = flatten(info).replace(/`/g, '').trim();
    const body = text === '' || text.endsWith('\n') ? text : `${text}\n`;
    return `${ticks}${safeInfo}\n${body}${ticks}\n`;
}

;// CONCATENATED MODULE: external "node:http"
const external_node_http_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http");
;// CONCATENATED MODULE: external "node:https"
const external_node_https_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:https");
;// CONCATENATED MODULE: external "node:zlib"
const external_node_zlib_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:zlib");
;// CONCATENATED MODULE: ./src/github/transport.ts
// The HTTP transport handed to octokit (`request: { fetch }`): node:http and
// node:https through the toolkit's proxy-aware agents (@actions/http-client:
// HTTPS_PROXY, HTTP_PROXY, NO_PROXY, as every toolkit action honours them).
//
// Why not fetch: the toolkit's fetch is undici's, bundled; loading it took
// about a third of the action's start-up (issue 6: 900 KB of the bundle; on
// Node 24 a cold start of 95 ms instead of 65, and 8 MB more memory), and
// Node's own fetch costs about as much the first time it is called. A GitHub
// Action is started cold for every run, so that is paid every time;
// node:http is already loaded by the toolkit.
//
// What it answers is the part of a fetch Response that octokit's fetch
// wrapper and this project read: status, statusText, ok, url, redirected,
// headers (get, has, iteration), text(), json(), arrayBuffer(), and a body that
// is an AsyncIterable<Uint8Array> (a Node stream; the Body helpers below read
// it, and a web ReadableStream as well). Like fetch it follows
// redirects unless `redirect: 'manual'` (dropping Authorization when the
// origin changes), asks for gzip, deflate or br and decodes them, rejects
// network errors as TypeError('fetch failed', { cause }) and an aborted signal
// with its reason.




/** Response headers: what fetch's Headers offers for reading. */
class ResponseHeaders {
    map = new Map();
    constructor(raw) {
        for (const [name, value] of Object.entries(raw)) {
            if (value === undefined)
                continue;
            this.map.set(name.toLowerCase(), Array.isArray(value) ? value.join(', ') : value);
        }
    }
    get(name) {
        return this.map.get(name.toLowerCase()) ?? null;
    }
    has(name) {
        return this.map.has(name.toLowerCase());
    }
    forEach(fn) {
        for (const [name, value] of this)
            fn(value, name);
    }
    entries() {
        return this.map.entries();
    }
    [Symbol.iterator]() {
        return this.map.entries();
    }
}
class TransportResponse {
    status;
    statusText;
    headers;
    url;
    redirected;
    ok;
    /** The body, decoded; null for HEAD, 204, 205 and 304. Read it once. */
    body;
    used = false;
    constructor(status, statusText, headers, body, url, redirected) {
        this.status = status;
        this.statusText = statusText;
        this.headers = headers;
        this.url = url;
        this.redirected = redirected;
        this.ok = status >= 200 && status <= 299;
        this.body = body;
    }
    get bodyUsed() {
        return this.used;
    }
    async arrayBuffer() {
        const bytes = await this.bytes();
        return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
    }
    /** The body as UTF-8, a leading byte order mark dropped (as fetch's text() does). */
    async text() {
        return textOf(await this.bytes());
    }
    async json() {
        return JSON.parse(await this.text());
    }
    async bytes() {
        if (this.used)
            throw new TypeError('Body is unusable: Body has already been read');
        this.used = true;
        return this.body ? allBytes(this.body) : Buffer.alloc(0);
    }
}
function isBody(x) {
    return typeof x?.[Symbol.asyncIterator] === 'function';
}
/**
 * Stops reading a body, letting its connection go: a web stream is
 * cancelled, a Node stream destroyed. (Not through its async iterator: an
 * iterator never started ignores `return()`, and the unread answer would
 * keep its socket, and the process, alive until the server drops it.)
 */
async function discard(body) {
    const b = body;
    if (typeof b?.cancel === 'function')
        await b.cancel();
    else if (typeof b?.destroy === 'function')
        b.destroy();
}
/**
 * A whole body as UTF-8 text, decoded once from the joined bytes (decoding
 * chunk by chunk and joining the parts made more garbage: a 250-job read
 * peaked 1 to 2 MB higher), a leading byte order mark dropped.
 */
async function readText(body) {
    return textOf(await allBytes(body));
}
async function allBytes(body) {
    const chunks = [];
    for await (const chunk of body)
        chunks.push(chunk);
    return Buffer.concat(chunks);
}
/** UTF-8 as TextDecoder and fetch's text() read it: a byte order mark is not text. */
function textOf(bytes) {
    const text = bytes.toString('utf8');
    return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
const REDIRECTS = new Set([301, 302, 303, 307, 308]);
/** As fetch: a chain of more redirects than this is an error. */
const MAX_REDIRECTS = 20;
/**
 * A fetch-like transport over node:http and node:https. Connections are kept
 * alive between requests (pages of one run reuse one connection) and do not
 * keep the process alive once idle.
 */
function createTransport() {
    // One client per protocol: http-client keeps a single agent for the URLs
    // it does not send through a proxy, which must match the protocol.
    const clients = new Map();
    const agentFor = (url) => {
        let client = clients.get(url.protocol);
        if (!client) {
            client = new HttpClient('runlens', [], { keepAlive: true });
            clients.set(url.protocol, client);
        }
        return client.getAgent(url.href);
    };
    return async (input, init = {}) => {
        const signal = init.signal ?? undefined;
        signal?.throwIfAborted();
        let url = new URL(String(input));
        let method = (init.method ?? 'GET').toUpperCase();
        let body = init.body ?? null;
        const headers = headerRecord(init.headers);
        headers['accept-encoding'] ??= 'gzip, deflate, br';
        for (let hop = 0;; hop++) {
            const res = await send(url, method, headers, body, agentFor(url), signal);
            const status = res.statusCode ?? 0;
            const location = res.headers.location;
            if (!REDIRECTS.has(status) || !location || init.redirect === 'manual') {
                return respond(res, url, method, hop > 0, signal);
            }
            res.resume();
            if (init.redirect === 'error' || hop >= MAX_REDIRECTS) {
                throw new TypeError('fetch failed', {
                    cause: new Error(init.redirect === 'error' ? 'unexpected redirect' : 'redirect count exceeded')
                });
            }
            const next = new URL(location, url);
            if (next.origin !== url.origin)
                delete headers.authorization;
            // As fetch: a 303, and a 301 or 302 after a POST, become a GET without a body.
            if (status === 303 || ((status === 301 || status === 302) && method === 'POST')) {
                if (method !== 'HEAD')
                    method = 'GET';
                body = null;
                delete headers['content-type'];
                delete headers['content-length'];
            }
            url = next;
        }
    };
}
/** Header names lower-cased, as Node sends them anyway. */
function headerRecord(given) {
    const out = {};
    for (const [name, value] of Array.isArray(given) ? given : Object.entries(given ?? {})) {
        out[name.toLowerCase()] = String(value);
    }
    return out;
}
/** One request; resolves with the answer's head, its body not yet read. */
function send(url, method, headers, body, agent, signal) {
    return new Promise((resolve, reject) => {
        const request = (url.protocol === 'https:' ? external_node_https_namespaceObject : external_node_http_namespaceObject).request(url, {
            method,
            headers,
            agent
        });
        const onAbort = () => {
            request.destroy();
            reject(signal?.reason);
        };
        signal?.addEventListener('abort', onAbort, { once: true });
        request.on('response', (res) => {
            signal?.removeEventListener('abort', onAbort);
            resolve(res);
        });
        request.on('error', (error) => {
            signal?.removeEventListener('abort', onAbort);
            reject(new TypeError('fetch failed', { cause: error }));
        });
        request.end(body ?? undefined);
    });
}
/** The answer as a TransportResponse, its body decoded and tied to the signal. */
function respond(res, url, method, redirected, signal) {
    const status = res.statusCode ?? 0;
    const empty = method === 'HEAD' || status === 204 || status === 205 || status === 304;
    let body = null;
    if (empty) {
        res.resume();
    }
    else {
        body = decoded(res);
        if (signal) {
            const stream = body;
            const onAbort = () => {
                stream.destroy(signal.reason);
                res.destroy();
            };
            signal.addEventListener('abort', onAbort, { once: true });
            stream.once('close', () => signal.removeEventListener('abort', onAbort));
        }
    }
    return new TransportResponse(status, res.statusMessage ?? '', new ResponseHeaders(res.headers), body, url.href, redirected);
}
/** The body with its content-encoding undone (the header is left as sent, as fetch does). */
function decoded(res) {
    const coding = (res.headers['content-encoding'] ?? '').trim().toLowerCase();
    const decoder = coding === 'gzip' || coding === 'x-gzip'
        ? external_node_zlib_namespaceObject.createGunzip({ finishFlush: external_node_zlib_namespaceObject.constants.Z_SYNC_FLUSH })
        : coding === 'deflate'
            ? external_node_zlib_namespaceObject.createInflate()
            : coding === 'br'
                ? external_node_zlib_namespaceObject.createBrotliDecompress()
                : null;
    if (!decoder)
        return res;
    res.on('error', (error) => decoder.destroy(error));
    decoder.on('close', () => res.destroy());
    return res.pipe(decoder);
}

;// CONCATENATED MODULE: ./src/github/client.ts
// The GitHub client and what its errors mean to a user. Octokit comes only
// from the toolkit's getOctokit (it keeps the user agent and the base URL
// handling), with transport.ts for HTTP and two small plugins of our own;
// callers are handed the client, so tests point it at a loopback server.
//
// Who retries what, for one request (at most MAX_TRIES tries in all, and no
// wait that would end past the deadline), all in the `retrying` plugin below:
// - 5xx, a 429 that is not a rate limit, 408, network errors and timeouts
//   (octokit turns a failed fetch into a RequestError with status 500) are
//   tried again after 1, 4 and 9 backoff units;
// - the primary and secondary rate limits (403 or 429) are waited out until
//   `x-ratelimit-reset` (plus one second) or for `retry-after` (60 s when
//   absent), with a warning.
// Why not @octokit/plugin-retry and plugin-throttling, which do the same: both
// queue every request through Bottleneck, whose scheduler yields to the event
// loop with setTimeout several times per job: three queues, about 14 ms added
// to every request (a 3000-job run reads 30 pages in a row: 0.4 s of waiting
// on nothing), and sharing one budget and one deadline between the two took
// more code than the loop that does both (issue 6).





/** Tries of one request, in all: the first and up to three retries. */
const MAX_TRIES = 4;
/** A request's final error → its tries; explainError reads it. */
const triesOfError = new WeakMap();
/** Raised by the fetch wrapper when a try runs out of time. */
class TryTimeout extends Error {
    name = 'TryTimeout';
}
/**
 * Gives every call of `send` its own timeout. Every field of `init` is passed
 * on as it came; only the signal is replaced, by one that also fires when the
 * caller's fires.
 */
function withTimeout(send, timeoutMs) {
    return async (input, init) => {
        const timeout = AbortSignal.timeout(timeoutMs);
        const own = init?.signal ?? undefined;
        const signal = own ? AbortSignal.any([own, timeout]) : timeout;
        try {
            return await send(input, { ...init, signal });
        }
        catch (error) {
            if (timeout.aborted && !own?.aborted) {
                throw new TryTimeout(`no answer within ${seconds(timeoutMs)}`, { cause: error });
            }
            throw error;
        }
    };
}
function isHttpError(e) {
    return (typeof e === 'object' &&
        e !== null &&
        typeof e.status === 'number' &&
        typeof e.message === 'string');
}
/**
 * A rate limit as plugin-throttling recognises one (it retries only these):
 * a 403 or 429 saying "secondary rate", or with no requests remaining.
 */
function isRateLimit(e) {
    if (e.status !== 403 && e.status !== 429)
        return false;
    const data = e.response?.data;
    return (limitKind(e) === 'secondary' ||
        e.response?.headers?.['x-ratelimit-remaining'] === '0' ||
        (Array.isArray(data?.errors) && data.errors.some((x) => x?.type === 'RATE_LIMITED')));
}
/** Which rate limit a rate-limit answer (isRateLimit) is: GitHub says "secondary rate" for that one. */
function limitKind(e) {
    return /\bsecondary rate\b/i.test(e.message) ? 'secondary' : 'primary';
}
/** Worth another try: a server error, a plain 429, a timeout, no connection. */
function isTransient(e) {
    // octokit's RequestError carries the request; an AbortError (the caller's
    // own signal) does not, and is not retried.
    if (e.request === undefined)
        return false;
    return e.status >= 500 || e.status === 429 || e.status === 408;
}
/** "GET /repos/o/r/actions/runs/1/jobs?page=2", relative to GITHUB_API_URL, safe to log. */
function requestLine(method, url, baseUrl) {
    let path = url ?? '';
    if (path.startsWith(baseUrl))
        path = path.slice(baseUrl.length);
    return logText(`${method ?? 'GET'} ${path}`);
}
/** ex. 500 -> "0.5 s", 60000 -> "60 s" */
function seconds(ms) {
    return `${Math.round(ms / 100) / 10} s`;
}
/** Retries transient faults; waits out a rate limit only while that fits before the deadline. */
function createClient(opts) {
    const base = opts.retryBaseMs ?? 500;
    const timeoutMs = opts.requestTimeoutMs ?? 30_000;
    const baseUrl = opts.baseUrl.replace(/\/+$/, '');
    const info = opts.info ?? (() => { });
    // In place of the toolkit's fetch (undici's, costly to load), a transport
    // over node:http with the toolkit's proxy-aware agents; octokit reads only
    // the part of a Response that it answers.
    const transport = opts.fetch ?? createTransport();
    /** How long to wait before trying again after `error`, or null to give up. */
    const nextWait = (error, options, t) => {
        if (!isHttpError(error) || options.request.signal?.aborted || isCancel(error))
            return null;
        const what = requestLine(options.method, options.url, baseUrl);
        if (isRateLimit(error)) {
            const limit = limitKind(error);
            const waitS = rateLimitWait(error, limit);
            const resumeAtMs = Date.now() + waitS * 1000;
            const reason = t.count >= MAX_TRIES
                ? 'tries'
                : opts.deadlineMs !== undefined && resumeAtMs > opts.deadlineMs
                    ? 'deadline'
                    : null;
            if (reason) {
                t.gaveUp = { limit, resumeAtMs, reason };
                return null;
            }
            opts.warn(`GitHub's ${limit} rate limit stopped ${what}; ` +
                `waiting ${waitS} s, until ${new Date(resumeAtMs).toISOString()}, for try ${t.count + 1} of ${MAX_TRIES}.`);
            return waitS * 1000;
        }
        if (!isTransient(error) || t.count >= MAX_TRIES)
            return null;
        const delay = (t.backoffs + 1) ** 2 * base;
        if (opts.deadlineMs !== undefined && Date.now() + delay > opts.deadlineMs) {
            t.deadlineHit = true;
            return null;
        }
        t.backoffs++;
        const why = error.response ? `${error.status}` : logText(networkReason(error));
        info(`${what}: ${why}; try ${t.count + 1} of ${MAX_TRIES} in ${seconds(delay)}.`);
        return delay;
    };
    // Added after nativeJson, so it wraps it: a body cut off while it is read
    // is retried like any other network fault.
    const retrying = (octokit) => {
        octokit.hook.wrap('request', async (request, options) => {
            // A copy of `request` per request (octokit shares one default object),
            // with every try of the transport given its own time limit.
            options.request = {
                ...options.request,
                fetch: withTimeout(options.request.fetch ?? transport, timeoutMs)
            };
            const t = { count: 0, backoffs: 0, baseUrl };
            for (;;) {
                t.count++;
                try {
                    return await request(options);
                }
                catch (error) {
                    if (typeof error === 'object' && error !== null)
                        triesOfError.set(error, t);
                    const waitMs = nextWait(error, options, t);
                    if (waitMs === null)
                        throw error;
                    const signal = options.request.signal ?? undefined;
                    // A cancel during the wait ends it, as it would end the next try.
                    await (0,promises_namespaceObject.setTimeout)(waitMs, undefined, signal ? { signal } : {}).catch(() => {
                        throw error;
                    });
                }
            }
        });
    };
    return getOctokit(opts.token, { baseUrl, request: { fetch: transport } }, nativeJson, retrying);
}
/**
 * Seconds to wait for a rate limit, as GitHub asks (and as plugin-throttling
 * computes it): the secondary limit's `retry-after` (60 when absent); for the
 * primary one, until one second past `x-ratelimit-reset`.
 */
function rateLimitWait(e, limit) {
    const headers = e.response?.headers ?? {};
    if (limit === 'secondary')
        return Number(headers['retry-after']) || 60;
    const resetMs = (Number(headers['x-ratelimit-reset']) || 0) * 1000;
    return Math.max(Math.ceil((resetMs - Date.now()) / 1000) + 1, 0);
}
/**
 * Parses a success body with the native JSON.parse when a request asks for it
 * (`request: { nativeJson: true }`). Octokit parses with json-with-bigint,
 * about ten times slower: a 100-job page of 30 steps each takes 15 ms instead
 * of 1.5. Job ids stay far below 2^53, so nothing is lost. Added first, so
 * it runs inside `retrying`: a body cut off while read is a RequestError
 * (500) and is retried like any network fault. A body that is not JSON is
 * handed on as text, as octokit does, for the caller to reject.
 */
function nativeJson(octokit) {
    octokit.hook.wrap('request', async (request, options) => {
        if (options.request?.nativeJson !== true)
            return request(options);
        const response = await request(options);
        const body = response.data;
        if (!isBody(body))
            return response;
        let text;
        try {
            text = await readText(body);
        }
        catch (error) {
            // As octokit reports a failed fetch: a 500 whose cause says why.
            throw new RequestError(`reading the answer: ${error instanceof Error ? error.message : String(error)}`, 500, { request: options, cause: error });
        }
        try {
            response.data = JSON.parse(text);
        }
        catch {
            response.data = text;
        }
        return response;
    });
}
/** Why a request got no answer: "no answer within 30 s", "read ECONNRESET", "other side closed (UND_ERR_SOCKET)". */
function networkReason(e) {
    // fetch rejects with TypeError('fetch failed') whose cause says what
    // happened; octokit usually copies that cause's message, not always.
    let message = e.message;
    let code;
    let link = e.cause;
    for (let depth = 0; depth < 4 && typeof link === 'object' && link !== null; depth++) {
        const c = link;
        if (c.name === 'TryTimeout' && typeof c.message === 'string')
            return c.message;
        if (typeof c.message === 'string' && c.message !== '' && c.message !== 'fetch failed') {
            message = c.message;
        }
        if (typeof c.code === 'string')
            code = c.code;
        link = c.cause;
    }
    if (message === '' || message === 'fetch failed' || message === 'Unknown Error') {
        message = 'no connection';
    }
    return typeof code === 'string' && !message.includes(code) ? `${message} (${code})` : message;
}
/** Whether the caller's own signal stopped the request. */
function isCancel(e) {
    return (e.name === 'AbortError' || e.cause?.name === 'AbortError');
}
/**
 * GitHub's answer in words: its status and its own message, on one line, or
 * what came instead of GitHub's JSON.
 * ex. "404 Not Found", "502 Bad Gateway, with an HTML page instead of GitHub's JSON (…)"
 */
function answer(e) {
    const data = e.response?.data;
    const message = data?.message;
    if (typeof data === 'object' && data !== null && typeof message === 'string') {
        const errors = data.errors;
        const details = (Array.isArray(errors) ? errors : [])
            .map((x) => (typeof x === 'string' ? x : x?.message))
            .filter((x) => typeof x === 'string' && x !== '');
        return `${e.status} ${oneLine(details.length > 0 ? `${message}: ${details.join('; ')}` : message)}`;
    }
    const status = `${e.status} ${STATUS_TEXT[e.status] ?? ''}`.trim();
    if (typeof data === 'string' && data.trim() !== '') {
        const type = e.response?.headers?.['content-type']?.split(';')[0]?.trim() || 'no content type';
        const body = /^\s*</.test(data) ? 'an HTML page' : `a ${type} body`;
        return `${status}, with ${body} instead of GitHub's JSON (a proxy between the runner and GitHub?)`;
    }
    return status;
}
const STATUS_TEXT = {
    304: 'Not Modified',
    401: 'Unauthorized',
    403: 'Forbidden',
    404: 'Not Found',
    410: 'Gone',
    422: 'Unprocessable Entity',
    429: 'Too Many Requests',
    500: 'Internal Server Error',
    502: 'Bad Gateway',
    503: 'Service Unavailable',
    504: 'Gateway Timeout'
};
/** Control characters and runs of spaces as one space; at most 300 characters. */
function oneLine(s) {
    const flat = logText(s).replace(/\s+/g, ' ').trim();
    return flat.length > 300 ? `${flat.slice(0, 299)}…` : flat;
}
/** `actions=read,contents=read; checks=read` -> the YAML lines of its first set. */
function permissionsYaml(accepted) {
    const first = (accepted ?? '').split(';')[0] ?? '';
    const lines = first
        .split(',')
        .map((p) => /^\s*([a-z_]+)\s*=\s*([a-z]+)\s*$/.exec(p))
        .filter((m) => m !== null)
        .map((m) => `    ${m[1]}: ${m[2]}`);
    return lines.length > 0 ? lines.join('\n') : '    actions: read';
}
/** ex. "2026-11-20T11:00:00.000Z (in 60 min)" */
function when(ms) {
    const left = ms - Date.now();
    const rel = left <= 0
        ? 'now'
        : left < 120_000
            ? `in ${Math.ceil(left / 1000)} s`
            : `in ${Math.ceil(left / 60_000)} min`;
    return `${new Date(ms).toISOString()} (${rel})`;
}
function rateLimitMessage(e, what, t) {
    const headers = e.response?.headers ?? {};
    const why = t?.gaveUp?.reason === 'deadline'
        ? ', past the time this step may wait (its timeout input)'
        : t && t.count >= MAX_TRIES
            ? `, and ${MAX_TRIES} tries were made`
            : '';
    if (limitKind(e) === 'secondary') {
        const retryAfter = rateLimitWait(e, 'secondary');
        const resume = t?.gaveUp?.resumeAtMs ?? Date.now() + retryAfter * 1000;
        return `GitHub's secondary rate limit stopped ${what} (${answer(e)}). GitHub asks to wait ${retryAfter} s, until ${when(resume)}${why}. Try again then, or make fewer requests at once.`;
    }
    const reset = Number(headers['x-ratelimit-reset']);
    const resets = Number.isFinite(reset) && reset > 0 ? `; it resets at ${when(reset * 1000)}` : '';
    return `GitHub's API rate limit for this token is used up (${answer(e)})${resets}${why}. Try again then, or use a token with a limit of its own.`;
}
/**
 * Turns a failed request into one message the user can act on. The token is
 * never part of it: octokit's errors carry the request, we only take the
 * method and path, the status and GitHub's own message.
 */
function explainError(e, q) {
    if (!isHttpError(e)) {
        if (e instanceof SyntaxError)
            return `Unexpected response from GitHub: ${e.message}`;
        return e instanceof Error ? e.message : String(e);
    }
    const t = triesOfError.get(e);
    const baseUrl = t?.baseUrl ?? '';
    const what = requestLine(e.request?.method, e.request?.url, baseUrl);
    const where = `run ${q.runId} of ${q.owner}/${q.repo}`;
    const times = t && t.count > 1 ? `${t.count} times` : 'once';
    const cut = t?.deadlineHit ? ' (its timeout input left no time for another try)' : '';
    if (!e.response) {
        if (isCancel(e))
            return `${what} was cancelled.`;
        return (`Could not reach GITHUB_API_URL (${baseUrl || 'unknown'}): ${what} failed ${times}${cut}, the last time with: ${logText(networkReason(e))}. ` +
            `Check that the runner can reach it, and its proxy settings (HTTPS_PROXY, NO_PROXY).`);
    }
    if (isRateLimit(e))
        return rateLimitMessage(e, what, t);
    switch (e.status) {
        case 401:
            return `GitHub rejected the token (${answer(e)}). Check the github-token input: the token may be expired, revoked or mistyped.`;
        case 403: {
            const accepted = e.response.headers?.['x-accepted-github-permissions'];
            if (accepted || /not accessible by integration/i.test(e.message)) {
                const says = accepted ? `; GitHub accepts a token with ${oneLine(accepted)}` : '';
                return `The token may not read the jobs of ${where} (${answer(e)}${says}). Add to the workflow or the job:\n  permissions:\n${permissionsYaml(accepted)}`;
            }
            return `GitHub refused access to ${where} (${answer(e)}). Check that the github-token input may read the repository's actions.`;
        }
        case 404:
            return `Not found: ${where} (${answer(e)}). Check repository and run-id; the default GITHUB_TOKEN reads only the repository of its own workflow, so another repository needs a token with actions: read there.`;
        case 410:
            return `GitHub says ${what} is gone (${answer(e)}): ${where} may have been deleted.`;
        case 422:
            return `GitHub refused ${what} (${answer(e)}). Check the run-id and attempt inputs.`;
        default:
            if (e.status >= 500 || e.status === 429 || e.status === 408) {
                return `${what} got ${answer(e)} ${times}${cut}. GitHub may be having trouble (https://www.githubstatus.com); try again later.`;
            }
            return `GitHub answered ${answer(e)} to ${what} while reading ${where}.`;
    }
}

;// CONCATENATED MODULE: ./src/github/concurrency.ts
// Running async work on a list with a bound on how much runs at once.
/**
 * Runs `fn` over the items, at most `limit` at once, results in item order.
 * After a failure no further item is started; the first failure is thrown
 * once the items already started have settled, so nothing is left running.
 *
 * @example await mapLimit([1, 2, 3], 2, async (x) => x * 2) // [2, 4, 6]
 */
async function mapLimit(items, limit, fn) {
    const out = [];
    let next = 0;
    let failure = null;
    const worker = async () => {
        while (failure === null && next < items.length) {
            const i = next++;
            try {
                out[i] = await fn(items[i], i);
            }
            catch (error) {
                failure ??= { error };
            }
        }
    };
    await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker));
    if (failure !== null)
        throw failure.error;
    return out;
}

;// CONCATENATED MODULE: ./src/model/current.ts
/**
 * Runner names as the API shows them differ from RUNNER_NAME in case, spaces
 * and hyphens: 'GitHub-Actions-1000000242' is 'GitHub Actions 1000000242'.
 */
function normalizeRunnerName(name) {
    return name.toLowerCase().replace(/[\s-]+/g, '');
}
/** Finds the current job in the jobs read (latest attempt wins on ties). */
function findCurrentJob(jobs, q) {
    if (q.jobId !== null) {
        const job = jobs.find((j) => j.id === q.jobId) ?? null;
        return { job };
    }
    if (!q.ownRun)
        return { job: null };
    if (q.runnerName === '') {
        return {
            job: null,
            warning: 'Could not tell which job runs this step: job-id is empty and RUNNER_NAME is not set. Pass job-id: ${{ job.check_run_id }}.'
        };
    }
    const wanted = normalizeRunnerName(q.runnerName);
    const candidates = jobs.filter((j) => j.status === 'in_progress' &&
        j.runner_name != null &&
        normalizeRunnerName(j.runner_name) === wanted);
    if (candidates.length === 1)
        return { job: candidates[0] ?? null };
    if (candidates.length === 0) {
        return {
            job: null,
            warning: `Could not find the job running this step: no in-progress job runs on runner '${q.runnerName}'. Pass job-id: \${{ job.check_run_id }}.`
        };
    }
    return {
        job: null,
        warning: `Could not tell which job runs this step: ${candidates.length} in-progress jobs run on runner '${q.runnerName}'. Pass job-id: \${{ job.check_run_id }}.`
    };
}

;// CONCATENATED MODULE: ./src/github/jobs.ts
// Reading a run: every page of the jobs the `attempt` input asks for, checked
// against `total_count`, and which of them runs this step.


/**
 * Job pages are parsed with the native JSON.parse (github.ts, nativeJson):
 * octokit's own parser is ten times slower on them.
 */
const NATIVE_JSON = { parseSuccessResponseBody: false, nativeJson: true };
const asIs = (job) => job;
async function readRun(octokit, inputs, ctx, opts = { convert: asIs }) {
    const read = await listJobs(octokit, inputs, opts);
    const warnings = [];
    if (read.jobs.length < read.totalCount) {
        warnings.push(`GitHub reported ${read.totalCount} jobs for run ${inputs.runId} but listed ${read.jobs.length}; the report covers the jobs listed.`);
    }
    const current = findCurrentJob(read.jobs, {
        jobId: inputs.jobId,
        runnerName: ctx.runnerName,
        ownRun: ctx.ownRun
    });
    if (current.warning)
        warnings.push(current.warning);
    return {
        jobs: read.jobs,
        currentJobId: current.job?.id ?? null,
        workflowName: read.workflowName,
        requests: read.requests,
        notModified: read.notModified,
        rateLimit: read.rateLimit,
        warnings
    };
}
/** The path and query of the list of jobs that `attempt` asks for. */
function jobsPath(q) {
    const base = `/repos/${encodeURIComponent(q.owner)}/${encodeURIComponent(q.repo)}/actions/runs/${q.runId}`;
    if (typeof q.attempt === 'number')
        return `${base}/attempts/${q.attempt}/jobs?per_page=100`;
    return `${base}/jobs?filter=${q.attempt === 'all' ? 'all' : 'latest'}&per_page=100`;
}
/**
 * Pages read at once after the first one. GitHub asks for requests in series
 * to stay clear of its secondary rate limit (100 at once, 900 points a
 * minute); three at once stay far from it, and a 3000-job run's 30 pages are
 * read in about a third of the time. A secondary limit is waited out anyway.
 * Why not more: each page in flight holds its text and parsed JSON, and at
 * 3000 jobs four at once peaked 15 MB higher than three, no faster.
 */
const PAGE_CONCURRENCY = 3;
async function listJobs(octokit, q, opts = { convert: asIs }) {
    const read = (url) => readPage(octokit, url, opts.cache, opts.signal);
    // Pages in page order. Each is converted (and its parsed JSON let go) when
    // a later page arrives: by then the requests for the pages after it are
    // out, so converting does not hold them back. (Converting page 1 before
    // asking for pages 2 and 3 made a 250-job read 10 ms slower.)
    const pages = [await read(jobsPath(q))];
    const convertArrived = () => {
        pages.forEach((page, i) => {
            if (page.raw)
                pages[i] = converted(page, opts.convert, opts.cache);
        });
    };
    const { next: second, last } = pages[0];
    await mapLimit(numberedPages(second, last), opts.concurrency ?? PAGE_CONCURRENCY, async (url, k) => {
        pages[k + 1] = await read(url);
        convertArrived();
    });
    for (let next = pages.at(-1)?.next ?? null; next !== null;) {
        const page = await read(next);
        pages.push(page);
        convertArrived();
        next = page.next;
    }
    const seen = new Set();
    const jobs = [];
    let totalCount = 0;
    let rateLimit = null;
    let workflowName = null;
    for (const [i, read] of pages.entries()) {
        const page = converted(read, opts.convert, opts.cache).page;
        if (i === 0)
            workflowName = page.workflowName;
        totalCount = Math.max(totalCount, page.total_count);
        rateLimit = lower(rateLimit, read.rateLimit);
        for (const job of page.jobs) {
            if (seen.has(job.id))
                continue;
            seen.add(job.id);
            jobs.push(job);
        }
    }
    const notModified = pages.filter((p) => p.notModified).length;
    return { jobs, workflowName, totalCount, requests: pages.length, notModified, rateLimit };
}
/**
 * A page read with its jobs converted (once: the raw page is let go), and
 * cached for the next poll when it has an ETag.
 */
function converted(read, convert, cache) {
    if (read.page)
        return read;
    const raw = read.raw;
    const page = {
        total_count: raw.total_count,
        jobs: raw.jobs.map(convert),
        workflowName: raw.jobs[0]?.workflow_name ?? null
    };
    if (cache && read.etag) {
        cache.set(read.url, { etag: read.etag, page, next: read.next, last: read.last });
    }
    return { ...read, raw: null, page };
}
/**
 * The addresses of the pages from `next` to `last`, both included, made by
 * setting their `page` parameter; none unless both are pages of one list.
 *
 * @example numberedPages('…/jobs?per_page=100&page=2', '…/jobs?per_page=100&page=4')
 *   // ['…&page=2', '…&page=3', '…&page=4']
 */
function numberedPages(next, last) {
    if (!next || !last)
        return [];
    let from;
    let to;
    try {
        from = new URL(next);
        to = new URL(last);
    }
    catch {
        return [];
    }
    const a = Number(from.searchParams.get('page'));
    const b = Number(to.searchParams.get('page'));
    // Not page numbers, or a page count past any run's (GitHub lists 100 a page).
    if (!Number.isInteger(a) || !Number.isInteger(b) || a < 1 || b < a || b - a > 1000)
        return [];
    // Another list: the two differ in more than the page number.
    from.searchParams.set('page', String(a));
    to.searchParams.set('page', String(a));
    if (to.href !== from.href)
        return [];
    return Array.from({ length: b - a + 1 }, (_, i) => {
        from.searchParams.set('page', String(a + i));
        return from.href;
    });
}
/** One page, conditional when it was read before: a 304 reuses the cached page. */
async function readPage(octokit, url, cache, signal) {
    const cached = cache?.get(url);
    try {
        const response = await octokit.request({
            method: 'GET',
            url,
            headers: cached ? { 'if-none-match': cached.etag } : {},
            request: signal ? { ...NATIVE_JSON, signal } : NATIVE_JSON
        });
        return {
            url,
            etag: response.headers.etag,
            next: linkOf(response.headers.link, 'next'),
            last: linkOf(response.headers.link, 'last'),
            notModified: false,
            rateLimit: rateLimitOf(response.headers),
            raw: checkJobsPage(response.data, `GET ${url.split('?')[0] ?? url}`),
            page: null
        };
    }
    catch (error) {
        // octokit throws on 304 Not Modified: the page is as it was.
        if (!cached || !isNotModified(error))
            throw error;
        return {
            url,
            etag: cached.etag,
            next: cached.next,
            last: cached.last,
            notModified: true,
            rateLimit: rateLimitOf(error.response?.headers ?? {}),
            raw: null,
            page: cached.page
        };
    }
}
function isNotModified(error) {
    return (typeof error === 'object' && error !== null && error.status === 304);
}
/** The budget rate-limit headers state, or null when they state none. */
function rateLimitOf(headers) {
    const remaining = Number(headers['x-ratelimit-remaining']);
    const reset = Number(headers['x-ratelimit-reset']);
    if (headers['x-ratelimit-remaining'] === undefined ||
        !Number.isFinite(remaining) ||
        !Number.isFinite(reset)) {
        return null;
    }
    return { remaining, resetMs: reset * 1000 };
}
/** The lower of two budgets. */
function lower(a, b) {
    if (!a || !b)
        return a ?? b;
    return b.remaining < a.remaining ? b : a;
}
/** The address of a Link header with relation `rel`, or null. ex. rel 'next': null on the last page */
function linkOf(link, rel) {
    if (!link)
        return null;
    for (const part of link.split(',')) {
        const m = /<([^>]+)>\s*;\s*rel="?([^";]+)"?/.exec(part);
        if (m && m[2]?.split(/\s+/).includes(rel))
            return m[1] ?? null;
    }
    return null;
}
/** A page as GitHub sends it, or an error that says what came instead. */
function checkJobsPage(data, what) {
    const body = data;
    if (typeof body !== 'object' ||
        body === null ||
        !Array.isArray(body.jobs) ||
        typeof body.total_count !== 'number') {
        throw new Error(`Unexpected response from ${what}: expected a JSON object with total_count and jobs.`);
    }
    for (const job of body.jobs) {
        const j = job;
        if (typeof j !== 'object' ||
            j === null ||
            typeof j.id !== 'number' ||
            typeof j.name !== 'string') {
            throw new Error(`Unexpected response from ${what}: a job without a numeric id and a name.`);
        }
    }
    return body;
}
/** One job, `GET /repos/{owner}/{repo}/actions/jobs/{job_id}`: the current job, quickly. */
async function getJob(octokit, q) {
    const url = `/repos/${encodeURIComponent(q.owner)}/${encodeURIComponent(q.repo)}/actions/jobs/${q.jobId}`;
    const response = await octokit.request({ method: 'GET', url, request: NATIVE_JSON });
    const job = response.data;
    if (typeof job !== 'object' ||
        job === null ||
        typeof job.id !== 'number' ||
        typeof job.name !== 'string') {
        throw new Error(`Unexpected response from GET ${url}: expected a job with a numeric id and a name.`);
    }
    return job;
}
/**
 * Whether the API shows every step of the job that ran before the post steps
 * as completed. In a post step the API can lag a few seconds behind the
 * runner: the last main step may still read as in progress.
 */
function mainStepsDone(job) {
    return (job.steps ?? []).every((s) => s.status === 'completed' || s.name.startsWith('Post ') || s.name === 'Complete job');
}
/**
 * Re-reads the current job until its main steps show as completed, at most
 * `maxMs`; returns the last read and whether it settled.
 */
async function settleCurrentJob(octokit, q, opts) {
    const until = opts.now() + opts.maxMs;
    let job = await getJob(octokit, q);
    while (!mainStepsDone(job) && opts.now() + opts.everyMs <= until) {
        await opts.sleep(opts.everyMs);
        job = await getJob(octokit, q);
    }
    return { job, settled: mainStepsDone(job) };
}

;// CONCATENATED MODULE: ./src/model/log-window.ts
// A log of any size kept in bounded memory while it streams in: what
// failingLines (log-lines.ts) can need of it, and no more. Pure: text in,
// text out; github/logs.ts feeds it the download.

/** Lines kept before each marker line and at the end of a downloaded log. */
const KEEP_LINES = 1000;
/** Longest line kept from a downloaded log, in characters. */
const MAX_READ_LINE = 8192;
/** Stop reading a log once this many characters are kept (about 32 MiB). */
const MAX_KEPT_CHARS = 32 * 1024 * 1024;
/**
 * Keeps what `failingLines` can need of a log of any size while it streams
 * in: every step header, the first `##[error]` line after each, the last
 * `keepLines` lines before each of those and before the end; a run of lines
 * left out is replaced by one `… N lines left out …` line. For `maxLines` up
 * to `keepLines`, `failingLines` finds in the result what it finds in the
 * whole log (unless `##[group]` lines of the step's own output crowd the
 * window).
 *
 * @example const w = new LogWindow(1); w.push('a\nb\nc\n'); w.end() === '… 2 lines left out …\nc\n'
 */
class LogWindow {
    keepLines;
    kept = [];
    keptChars = 0;
    /** A ring of the last `keepLines` ordinary lines. */
    ring = [];
    ringStart = 0;
    leftOut = 0;
    partial = '';
    partialCut = false;
    errorSeen = false;
    /** Set once the kept text reached MAX_KEPT_CHARS: read no more. */
    full = false;
    constructor(keepLines) {
        this.keepLines = keepLines;
    }
    /** Adds decoded text; false once no more is wanted. */
    push(text) {
        let from = 0;
        while (!this.full) {
            const nl = text.indexOf('\n', from);
            const piece = text.slice(from, nl < 0 ? text.length : nl);
            this.addToPartial(piece);
            if (nl < 0)
                break;
            this.line(this.partial);
            this.partial = '';
            this.partialCut = false;
            from = nl + 1;
        }
        return !this.full;
    }
    /** The kept text, each line ending with `\n`. */
    end() {
        if (!this.full && (this.partial !== '' || this.partialCut))
            this.line(this.partial);
        this.flush();
        if (this.full) {
            this.kept.push(`… the rest of the log was not read (over ${MAX_KEPT_CHARS / 2 ** 20} MiB kept) …`);
        }
        return this.kept.length > 0 ? `${this.kept.join('\n')}\n` : '';
    }
    addToPartial(piece) {
        if (this.partialCut)
            return;
        if (this.partial.length + piece.length <= MAX_READ_LINE) {
            this.partial += piece;
            return;
        }
        this.partial = `${(this.partial + piece).slice(0, MAX_READ_LINE)}…`;
        this.partialCut = true;
    }
    line(raw) {
        const text = parseLine(raw.endsWith('\r') ? raw.slice(0, -1) : raw).text;
        const stepStart = isStepStart(text);
        if (stepStart)
            this.errorSeen = false;
        const firstErrorOfStep = !this.errorSeen && text.startsWith('##[error]');
        if (firstErrorOfStep)
            this.errorSeen = true;
        if (stepStart || firstErrorOfStep) {
            this.flush();
            this.keep(raw);
            return;
        }
        if (this.ring.length < this.keepLines) {
            this.ring.push(raw);
        }
        else if (this.keepLines > 0) {
            this.ring[this.ringStart] = raw;
            this.ringStart = (this.ringStart + 1) % this.keepLines;
            this.leftOut++;
        }
        else {
            this.leftOut++;
        }
    }
    flush() {
        if (this.leftOut > 0) {
            this.keep(`… ${this.leftOut} line${this.leftOut === 1 ? '' : 's'} left out …`);
        }
        for (let i = 0; i < this.ring.length; i++) {
            this.keep(this.ring[(this.ringStart + i) % this.ring.length] ?? '');
        }
        this.ring.length = 0;
        this.ringStart = 0;
        this.leftOut = 0;
    }
    keep(line) {
        if (this.full)
            return;
        this.kept.push(line);
        this.keptChars += line.length + 1;
        if (this.keptChars >= MAX_KEPT_CHARS)
            this.full = true;
    }
}

;// CONCATENATED MODULE: ./src/model/time.ts
// Timestamps as the API sends them, and the time between two. Time math is
// done on epoch milliseconds only: no local time zone ever enters (compare
// `getTimezoneOffset()` arithmetic, which breaks across DST and on runners
// that set TZ).
// ISO-8601 / RFC 3339 date-time, as the API sends it: `2024-05-01T12:00:00Z`,
// `2024-05-01T04:00:00-08:00`, optionally with fractional seconds.
const ISO_DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})(?:[Tt ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d+))?)?)?(?:([Zz])|([+-])(\d{2}):?(\d{2}))?$/;
/**
 * `2024-05-01T12:00:00Z` or `2024-05-01T12:00:00.250Z`, what the API sends,
 * with every field in its range: month 01–12, day 01–31, hour 00–23, minute
 * and second 00–59, year 1000 on.
 */
const GITHUB_UTC = /^[1-9]\d{3}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])T(?:[01]\d|2[0-3]):[0-5]\d:[0-5]\d(?:\.\d{3})?Z$/;
/**
 * The shape GitHub sends nearly every time: a report of 3000 jobs × 30 steps
 * parses 180,000 timestamps. Checked by GITHUB_UTC, it is ECMAScript's own
 * date-time format in UTC, which `Date.parse` reads natively. Anything else,
 * or a day the month does not have, is left to the full parser (null here).
 *
 * @example parseGitHubUtc('2024-01-01T00:00:00Z') === 1704067200000
 * @example parseGitHubUtc('2024-01-01T00:00:00.250Z') === 1704067200250
 */
function parseGitHubUtc(s) {
    if (!GITHUB_UTC.test(s))
        return null;
    const ms = Date.parse(s);
    // Date.parse rolls a day past the month's end over (February 30th is
    // March 1st): from the 29th on, the day must come back unchanged.
    if (s.charCodeAt(8) === 51 || (s.charCodeAt(8) === 50 && s.charCodeAt(9) === 57)) {
        const day = (s.charCodeAt(8) - 48) * 10 + s.charCodeAt(9) - 48;
        if (new Date(ms).getUTCDate() !== day)
            return null;
    }
    return ms;
}
/**
 * Epoch milliseconds of an ISO-8601 timestamp, or null when it is missing or
 * not a valid one. A timestamp without an offset is taken as UTC.
 *
 * This deliberately does not call `Date.parse` on the raw string: for a
 * date-time without an offset, and for every non-ISO format it falls back to,
 * `Date.parse` uses the local time zone, and it rolls invalid dates over
 * (`2024-02-30` becomes March 1st). Setting the parsed fields on a UTC date
 * is the same epoch arithmetic without either surprise.
 *
 * @example parseTime('2024-01-01T00:00:00Z') === 1704067200000
 * @example parseTime('2023-12-31T16:00:00-08:00') === 1704067200000
 */
function parseTime(iso) {
    if (iso === null || iso === undefined)
        return null;
    const fast = parseGitHubUtc(iso);
    if (fast !== null)
        return fast;
    const m = ISO_DATE_TIME.exec(iso.trim());
    if (m === null)
        return null;
    const [, y, mo, d, h = '0', mi = '0', s = '0', frac = '', , sign, oh = '0', om = '0'] = m;
    const year = Number(y);
    const month = Number(mo);
    const day = Number(d);
    const hour = Number(h);
    const minute = Number(mi);
    const second = Number(s);
    const offsetHours = Number(oh);
    const offsetMinutes = Number(om);
    if (hour > 23 || minute > 59 || second > 59 || offsetHours > 23 || offsetMinutes > 59)
        return null;
    // Fields set one by one: Date.UTC would read years 0–99 as 1900–1999.
    const date = new Date(0);
    date.setUTCFullYear(year, month - 1, day);
    // An out-of-range month or day rolls over (February 30th to March 1st).
    if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day)
        return null;
    date.setUTCHours(hour, minute, second, Number(frac.padEnd(3, '0').slice(0, 3)));
    const offset = (sign === '-' ? -1 : 1) * (offsetHours * 60 + offsetMinutes) * 60_000;
    return date.getTime() - offset;
}
/**
 * Whole seconds from `startIso` to `endIso` (rounded), never negative: GitHub
 * does report `completed_at` before `started_at`. Null when either is missing
 * or unparsable.
 *
 * @example secondsBetween('2024-01-01T00:00:00Z', '2024-01-01T00:01:10Z') === 70
 * @example secondsBetween('2024-01-01T00:00:10Z', '2024-01-01T00:00:00Z') === 0
 * @example secondsBetween(null, '2024-01-01T00:00:00Z') === null
 */
function secondsBetween(startIso, endIso) {
    return wholeSeconds(parseTime(startIso), parseTime(endIso));
}
/**
 * Whole seconds from one epoch-millisecond time to another, never negative;
 * null when either is unknown.
 *
 * @example wholeSeconds(0, 70_400) === 70
 * @example wholeSeconds(10_000, 0) === 0
 */
function wholeSeconds(startMs, endMs) {
    if (startMs === null || endMs === null)
        return null;
    return Math.round(Math.max(0, endMs - startMs) / 1000);
}

;// CONCATENATED MODULE: ./src/model/report.ts
// The report model: job and step records built from the API's jobs, and the
// aggregates (conclusion, counts, failed jobs, wall time) over the selected
// jobs. Pure: the clock and every address come in as arguments.

/**
 * The ranking of `conclusion`, worst first: a run is as bad as its worst job.
 * `unknown` stands for a conclusion GitHub may add later, `pending` for a job
 * not completed yet.
 */
const CONCLUSION_RANK = [
    'failure',
    'timed_out',
    'startup_failure',
    'cancelled',
    'action_required',
    'stale',
    'unknown',
    'pending',
    'success',
    'neutral',
    'skipped'
];
/** Conclusions that do not make a job "failed". */
const FINE = new Set(['success', 'skipped', 'neutral']);
/**
 * Makes the records of one read. The steps of a run repeat a few names, and
 * a step mostly starts at the very time the one before it ended: records share
 * those strings rather than keep the copy each step was parsed with (3000
 * jobs × 30 steps: 88 000 names and 85 000 timestamps fewer to keep).
 */
function recordMaker(run, urls) {
    const names = new Map();
    const shared = (name) => {
        const known = names.get(name);
        if (known !== undefined)
            return known;
        names.set(name, name);
        return name;
    };
    return (job) => {
        const url = job.html_url ||
            `${urls.serverUrl}/${run.owner}/${run.repo}/actions/runs/${job.run_id || run.id}/job/${job.id}`;
        let before = { at: null, ms: null };
        const steps = (job.steps ?? []).map((step) => {
            const end = { at: step.completed_at ?? null, ms: parseTime(step.completed_at) };
            const record = toStepRecord(step, url, shared(step.name), before, end);
            before = end;
            return record;
        });
        return {
            id: job.id,
            name: job.name,
            status: job.status,
            conclusion: job.conclusion ?? null,
            attempt: job.run_attempt ?? 1,
            created_at: job.created_at ?? null,
            started_at: job.started_at ?? null,
            completed_at: job.completed_at ?? null,
            queued_seconds: secondsBetween(job.created_at, job.started_at),
            duration_seconds: secondsBetween(job.started_at, job.completed_at),
            url,
            log_url: `${urls.apiUrl}/repos/${run.owner}/${run.repo}/actions/jobs/${job.id}/logs`,
            runner_name: job.runner_name || null,
            labels: job.labels ?? [],
            steps
        };
    };
}
/** `#step:{n}:1` for the usual step numbers, made once. */
const STEP_ANCHORS = [];
function stepAnchor(n) {
    if (!Number.isInteger(n) || n < 0 || n > 999)
        return `#step:${n}:1`;
    return (STEP_ANCHORS[n] ??= `#step:${n}:1`);
}
function toStepRecord(step, jobUrl, name, before, end) {
    const started = step.started_at ?? null;
    // Mostly the very time the step before ended: its string, parsed once.
    const continues = started !== null && started === before.at;
    return {
        number: step.number,
        name,
        status: step.status,
        conclusion: step.conclusion ?? null,
        started_at: continues ? before.at : started,
        completed_at: end.at,
        duration_seconds: wholeSeconds(continues ? before.ms : parseTime(started), end.ms),
        url: jobUrl + stepAnchor(step.number)
    };
}
/** The key a job ranks by: its conclusion, `pending` until completed. */
function outcomeOf(job) {
    if (job.status !== 'completed')
        return 'pending';
    const c = job.conclusion ?? 'unknown';
    return CONCLUSION_RANK.includes(c) ? c : 'unknown';
}
/** Whether a job is waiting to start: queued, waiting, pending or requested. */
function isQueued(job) {
    return job.status !== 'completed' && job.status !== 'in_progress';
}
/** Jobs still to finish: aggregated (selected, not this one), not completed. */
function unfinished(report) {
    return report.aggregated.filter((j) => j.status !== 'completed');
}
/** Whether a completed job ended badly (anything but success, skipped, neutral). */
function isFailed(job) {
    return job.status === 'completed' && !FINE.has(job.conclusion ?? 'unknown');
}
/** The worst outcome of the jobs by CONCLUSION_RANK; `skipped` for none. */
function aggregateConclusion(jobs) {
    let best = CONCLUSION_RANK.length - 1;
    for (const job of jobs) {
        const rank = CONCLUSION_RANK.indexOf(outcomeOf(job));
        if (rank < best)
            best = rank;
    }
    return CONCLUSION_RANK[best] ?? 'skipped';
}
/** total, completed, in_progress, queued (waiting, pending, requested too), one per conclusion. */
function countJobs(jobs) {
    const counts = { total: jobs.length, completed: 0, in_progress: 0, queued: 0 };
    for (const job of jobs) {
        if (job.status === 'completed') {
            counts.completed++;
            const c = job.conclusion ?? 'unknown';
            counts[c] = (counts[c] ?? 0) + 1;
        }
        else if (job.status === 'in_progress') {
            counts.in_progress++;
        }
        else {
            counts.queued++;
        }
    }
    return counts;
}
/**
 * Earliest start to latest end, in whole seconds; an unfinished job ends
 * `now`. Null when no job has started.
 */
function wallSeconds(jobs, now) {
    let start = Infinity;
    let end = -Infinity;
    for (const job of jobs) {
        const s = parseTime(job.started_at);
        if (s === null)
            continue;
        start = Math.min(start, s);
        const e = job.status === 'completed' ? (parseTime(job.completed_at) ?? s) : now;
        end = Math.max(end, e);
    }
    if (start === Infinity)
        return null;
    return Math.max(0, Math.round((end - start) / 1000));
}
/**
 * The jobs that count, one name once: each job name at its latest attempt
 * (every job of that name there, should names repeat).
 */
function latestPerName(jobs) {
    const latest = new Map();
    for (const job of jobs)
        latest.set(job.name, Math.max(latest.get(job.name) ?? 0, job.attempt));
    return jobs.filter((job) => job.attempt === latest.get(job.name));
}
/** Names that failed in an earlier attempt and succeeded in their latest. */
function passedOnRetry(jobs, latest) {
    const failedBefore = new Set();
    const latestIds = new Set(latest.map((j) => j.id));
    for (const job of jobs)
        if (!latestIds.has(job.id) && isFailed(job))
            failedBefore.add(job.name);
    const out = new Set();
    for (const job of latest) {
        if (failedBefore.has(job.name) && job.conclusion === 'success')
            out.add(job.name);
    }
    return out;
}
/**
 * Builds the report from job records made as the pages arrived (jobs.ts
 * readRun with `convert`), so that the API's raw jobs are never all held.
 */
function reportOf(records, opts) {
    // Run order: attempts in order, each in the order GitHub lists its jobs.
    const indexed = records.map((job, i) => ({ job, i }));
    indexed.sort((a, b) => a.job.attempt - b.job.attempt || a.i - b.i);
    const jobs = [];
    let current = null;
    for (const { job } of indexed) {
        const isCurrent = job.id === opts.currentJobId;
        if (!isCurrent && !opts.select(job.name))
            continue;
        if (isCurrent)
            current = job;
        jobs.push(job);
    }
    // Latest per name over every job, the current one included, so that an
    // earlier attempt of this very job is superseded rather than counted.
    const aggregated = latestPerName(jobs).filter((j) => j !== current);
    const others = jobs.filter((j) => j !== current);
    const runUrl = `${opts.urls.serverUrl}/${opts.run.owner}/${opts.run.repo}/actions/runs/${opts.run.id}`;
    return {
        run: {
            ...opts.run,
            url: typeof opts.run.attempt === 'number' ? `${runUrl}/attempts/${opts.run.attempt}` : runUrl,
            workflow: opts.workflow
        },
        jobs,
        current,
        aggregated,
        passedOnRetry: passedOnRetry(others, aggregated),
        conclusion: aggregateConclusion(aggregated),
        counts: countJobs(aggregated),
        failedJobs: aggregated.filter(isFailed).map((j) => j.name),
        durationSeconds: wallSeconds(aggregated, opts.now),
        jobSeconds: aggregated.reduce((sum, j) => sum + (j.duration_seconds ?? 0), 0),
        generatedAt: new Date(opts.now).toISOString()
    };
}

;// CONCATENATED MODULE: ./src/github/logs.ts
// The failing log lines of failed jobs: download a job's log (the API answers
// with a redirect to signed storage, fetched without the token) through a
// LogWindow, and find the failing lines (model/log-lines.ts). Logs are an
// extra: every fault becomes a short "missing" note, never a throw, and no
// log text is ever printed to stdout (where the runner would read
// `::command::` lines); it only goes into the summary file.





/** Failed jobs given excerpts, at most (the summary's "at most 10"). */
const MAX_EXCERPT_JOBS = 10;
/** Downloads at once. */
const LOG_CONCURRENCY = 4;
/** Longest time for one log: the API call and the whole download. */
const LOG_TIMEOUT_MS = 30_000;
function isRequestError(e) {
    return (typeof e === 'object' && e !== null && typeof e.status === 'number');
}
/** One short line of text from a server, safe to show. ex. 'Not  Found\n' -> 'Not Found' */
function logs_short(s, max = 80) {
    const flat = s.replace(/\s+/g, ' ').trim();
    return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}
/**
 * Why the API call failed, in a few words, never with a URL.
 *
 * @example apiReason({ status: 410 }) === 'log expired (410)'
 */
function apiReason(e) {
    const data = e.response?.data;
    const said = typeof data?.message === 'string' ? ` ${logs_short(data.message)}` : '';
    switch (e.status) {
        case 404:
            return 'no log (404: the job did not run, or its log was deleted)';
        case 410:
            return 'log expired (410)';
        case 401:
        case 403:
            return `log not readable (${e.status}${said})`;
        default:
            // octokit reports a network error as status 500 without a response.
            return e.response ? `GitHub answered ${e.status}${said}` : 'GitHub could not be reached';
    }
}
/**
 * Why a fetch failed, in a few words: the error's code (ECONNRESET…), never
 * its message, which may hold the signed URL.
 */
function logs_networkReason(e) {
    const cause = e?.cause;
    const code = typeof cause?.code === 'string' && /^[A-Z_]{3,40}$/.test(cause.code) ? cause.code : '';
    return code ? `log download failed (${code})` : 'log download failed (network error)';
}
/** Up to `max` bytes of a body as text, the rest cancelled. */
async function readStart(body, max) {
    if (!isBody(body))
        return '';
    const chunks = [];
    let size = 0;
    // Leaving the loop early cancels the body.
    for await (const chunk of body) {
        chunks.push(chunk);
        size += chunk.byteLength;
        if (size >= max)
            break;
    }
    return Buffer.concat(chunks).subarray(0, max).toString('utf8');
}
/**
 * Reads a log body as UTF-8 (the BOM kept: Response.text() would drop it)
 * through a LogWindow, so a log of any size takes bounded memory.
 */
async function readLog(body, keepLines) {
    const window = new LogWindow(keepLines);
    if (!isBody(body))
        return window.end();
    const decoder = new TextDecoder('utf-8', { ignoreBOM: true });
    // Leaving the loop early (the window is full) cancels the body.
    for await (const chunk of body) {
        if (!window.push(decoder.decode(chunk, { stream: true })))
            break;
    }
    if (!window.full)
        window.push(decoder.decode());
    return window.end();
}
/** The transport a client was made with, when it was given one. */
function transportOf(octokit) {
    const given = octokit.request.endpoint.DEFAULTS.request?.fetch;
    return typeof given === 'function' ? given : undefined;
}
/**
 * Downloads a job's log: `GET …/actions/jobs/{job_id}/logs` through the client
 * (its token), without following the redirect, then the signed storage URL of
 * `Location` with a plain fetch that carries no token. The signed URL is
 * never logged nor returned. A log that cannot be had (404 for a job that did
 * not run, 410 expired, a storage error such as `BlobNotFound`, a network
 * error, the time limit) comes back as `{ missing: reason }`; this never
 * throws.
 *
 * Size: logs pass 100 MB, and the failing step may be anywhere in them, so
 * the body is streamed through a LogWindow, which keeps the step headers,
 * each step's first error and the `keepLines` lines before them and before
 * the end. Reading stops once MAX_KEPT_CHARS are kept (only a log of
 * thousands of steps gets there), and `timeoutMs` bounds the time.
 */
async function downloadLog(octokit, q, opts = {}) {
    const timeoutMs = opts.timeoutMs ?? LOG_TIMEOUT_MS;
    const keepLines = opts.keepLines ?? KEEP_LINES;
    // Our own AbortController rather than AbortSignal.timeout: octokit rethrows
    // an AbortError as is, while a TimeoutError would become a 500 it retries.
    const controller = new AbortController();
    let timedOut = false;
    const timer = setTimeout(() => {
        timedOut = true;
        controller.abort();
    }, timeoutMs);
    timer.unref();
    let stage = 'api';
    try {
        const res = await octokit.request('GET /repos/{owner}/{repo}/actions/jobs/{job_id}/logs', {
            owner: q.owner,
            repo: q.repo,
            job_id: q.jobId,
            request: { redirect: 'manual', parseSuccessResponseBody: false, signal: controller.signal }
        });
        const status = res.status;
        const body = res.data;
        if (status === 200) {
            // A server (or a proxy) that answered with the log itself.
            return { text: await readLog(body, keepLines) };
        }
        await discard(body).catch(() => undefined);
        const location = res.headers.location;
        if (status < 300 || status > 399 || !location) {
            return { missing: `GitHub answered ${status} without a log address` };
        }
        let target;
        try {
            target = new URL(location, octokit.request.endpoint.DEFAULTS.baseUrl);
        }
        catch {
            return { missing: 'GitHub answered with a bad log address' };
        }
        if (target.protocol !== 'https:' && target.protocol !== 'http:') {
            return { missing: 'GitHub answered with a bad log address' };
        }
        stage = 'blob';
        const fetchBlob = opts.fetch ?? transportOf(octokit) ?? globalThis.fetch;
        // The URL is the whole credential: no headers, so no Authorization.
        const blob = await fetchBlob(target.href, { signal: controller.signal });
        if (!blob.ok) {
            // Azure storage: <Error><Code>BlobNotFound</Code>…; others: "Code: message".
            const start = await readStart(blob.body, 4096);
            const code = /<Code>(\w{1,40})<\/Code>|^(\w{1,40}):/.exec(start);
            const what = code?.[1] ?? code?.[2];
            return { missing: `log storage answered ${blob.status}${what ? ` ${what}` : ''}` };
        }
        return { text: await readLog(blob.body, keepLines) };
    }
    catch (e) {
        if (timedOut)
            return { missing: `log download timed out after ${Number((timeoutMs / 1000).toFixed(1))}s` };
        if (stage === 'api' && isRequestError(e))
            return { missing: apiReason(e) };
        return { missing: logs_networkReason(e) };
    }
    finally {
        clearTimeout(timer);
    }
}
/**
 * The failing lines of each failed job (isFailed), keyed by job id, in the
 * order of `jobs`: at most `maxJobs` jobs, at most `concurrency` downloads at
 * once. The failing step is the job's first step that ended in `failure`.
 * A job left out for `maxJobs` has no entry: the caller shows how many.
 */
async function collectExcerpts(octokit, q, jobs, opts) {
    const excerpts = new Map();
    if (opts.lines <= 0)
        return excerpts;
    const failed = jobs.filter(isFailed).slice(0, Math.max(0, opts.maxJobs ?? MAX_EXCERPT_JOBS));
    const results = await mapLimit(failed, opts.concurrency ?? LOG_CONCURRENCY, async (job) => {
        const step = job.steps.find((s) => s.conclusion === 'failure') ?? null;
        const log = await downloadLog(octokit, { ...q, jobId: job.id }, {
            // Room for `##[group]` lines among the lines shown.
            keepLines: Math.max(KEEP_LINES, 2 * opts.lines),
            ...(opts.timeoutMs === undefined ? {} : { timeoutMs: opts.timeoutMs })
        });
        if ('missing' in log)
            return { missing: log.missing, step };
        return { lines: failingLines(log.text, step, opts.lines), step };
    });
    failed.forEach((job, i) => {
        const excerpt = results[i];
        if (excerpt)
            excerpts.set(job.id, excerpt);
    });
    return excerpts;
}

;// CONCATENATED MODULE: ./src/model/gate.ts

/** The jobs that fail the step: aggregated, completed, a `fail-on` conclusion, not allowed to fail. */
function blockingJobs(report, opts) {
    const bad = new Set(opts.failOn);
    return report.aggregated.filter((j) => j.status === 'completed' && bad.has(j.conclusion ?? 'unknown') && !opts.allowFailure(j.name));
}
/**
 * The gate's findings. A wait that timed out or was cancelled with jobs
 * unfinished fails the step; one that stopped at a failing job (fail-fast)
 * says how many were left.
 */
function gateFindings(report, opts, wait) {
    const blocking = blockingJobs(report, opts);
    const left = unfinished(report);
    let stop = null;
    if (wait && left.length > 0) {
        if (wait.outcome === 'timeout' || wait.outcome === 'cancelled') {
            stop = {
                why: wait.outcome,
                timeoutMs: wait.timeoutMs,
                ...(wait.signal ? { signal: wait.signal } : {})
            };
        }
        else if (wait.outcome === 'failed-fast') {
            stop = 'failed-fast';
        }
    }
    return {
        pass: blocking.length === 0 && stop === null,
        blocking,
        stop,
        unfinished: left.map((job) => ({
            job,
            neverStarted: isQueued(job) && (wait?.neverStarted.has(job.id) ?? false)
        }))
    };
}

;// CONCATENATED MODULE: ./src/model/patterns.ts
// Job-name patterns (`jobs`, `allow-failure`): one glob per line, `*` for any
// run of characters, `?` for one, a leading `!` excludes. Matrix names carry
// commas and brackets (`test (ubuntu-latest, 20)`), so every other character,
// `[` included, is literal.
/**
 * Compiles pattern lines into one matcher: a name is matched when it matches
 * an including line (or there is none and `emptyMatchesAll`) and no `!` line.
 * e.g. ['test (*', '!*windows*'] matches 'test (ubuntu-latest, 20)' only.
 */
function compilePatterns(lines, emptyMatchesAll) {
    const include = [];
    const exclude = [];
    for (const line of lines) {
        if (line.startsWith('!'))
            exclude.push(globToRegExp(line.slice(1).trim()));
        else
            include.push(globToRegExp(line));
    }
    // Without an including line, `!` lines only narrow the default: every job
    // for `jobs`, none for `allow-failure` (so `!deploy` alone allows nothing;
    // `*` and then `!deploy` allows all but deploy).
    return (name) => (include.length === 0 ? emptyMatchesAll : include.some((re) => re.test(name))) &&
        !exclude.some((re) => re.test(name));
}
/** `ci / *` → /^ci \/ .*$/s: every character but `*` and `?` is literal. */
function globToRegExp(glob) {
    let source = '';
    for (const ch of glob) {
        if (ch === '*')
            source += '.*';
        else if (ch === '?')
            source += '.';
        else
            source += ch.replace(/[\\^$.|+()[\]{}]/g, '\\$&');
    }
    // `s`: a name with a newline in it is still one name.
    return new RegExp(`^${source}$`, 'su');
}

;// CONCATENATED MODULE: ./src/render/format.ts
// Human formatting of durations and counts, for the summary, the terminal
// and the log. Time math lives in model/time.ts.
const EN_DASH = '\u2013';
/**
 * A duration in whole seconds as one or two units, the larger first; the
 * smaller unit is truncated, not rounded. Negative is `0s`, unknown is `–`.
 *
 * @example formatDuration(70) === '1m 10s'
 * @example formatDuration(3725) === '1h 2m'
 * @example formatDuration(90061) === '1d 1h'
 * @example formatDuration(null) === '–'
 */
function formatDuration(seconds) {
    if (seconds === null || !Number.isFinite(seconds))
        return EN_DASH;
    const total = Math.max(0, Math.round(seconds));
    if (total < 60)
        return `${total}s`;
    const minutes = Math.floor(total / 60);
    if (total < 3600)
        return `${minutes}m ${total % 60}s`;
    const hours = Math.floor(total / 3600);
    if (total < 86400)
        return `${hours}h ${minutes % 60}m`;
    return `${Math.floor(total / 86400)}d ${hours % 24}h`;
}
/**
 * A configured interval in milliseconds; below a second it stays in ms.
 *
 * @example formatInterval(100) === '100ms'
 * @example formatInterval(90_000) === '1m 30s'
 */
function formatInterval(ms) {
    return ms > 0 && ms < 1000 ? `${Math.round(ms)}ms` : formatDuration(ms / 1000);
}
/**
 * A count with its noun, singular only for exactly one.
 *
 * @example plural(1, 'job') === '1 job'
 * @example plural(3, 'job') === '3 jobs'
 * @example plural(2, 'attempt', 'attempts') === '2 attempts'
 */
function plural(n, word, pluralWord = `${word}s`) {
    return `${n} ${n === 1 ? word : pluralWord}`;
}

;// CONCATENATED MODULE: ./src/pipeline/wait.ts
// The wait loop of the gate: poll the run until every selected job but this
// one has completed, a job fails fast, the time is up, or the runner cancels
// the step. The clock, the sleep, the poll and the log are handed in, so the
// loop is tested without timers or a network.



/**
 * One progress line; names sanitised, never first on the line.
 * ex. "7 / 12 completed — waiting for: build / linux, test (node 22)"
 */
function progressLine(report, shown = 5) {
    const left = unfinished(report);
    const names = left.slice(0, shown).map((j) => logText(j.name));
    const more = left.length > shown ? `, and ${left.length - shown} more` : '';
    const done = report.aggregated.length - left.length;
    return `${done} / ${report.aggregated.length} completed — waiting for: ${names.join(', ')}${more}`;
}
/** Requests kept back from the budget for the other steps of the workflow. */
const RESERVE = 50;
/**
 * Below this many requests left the budget is "low". Above it, polling stays
 * as asked: most polls are 304s, which cost nothing.
 */
const LOW_BUDGET = 250;
/**
 * The time between polls, stretched when the budget runs low: the polls left
 * (after a reserve) are spread over the time to the reset, as if each cost
 * every page. ex. 110 left, reset in 10 min, 1 page a poll: 10 s apart.
 */
function pollInterval(intervalMs, rate, pagesPerPoll, now) {
    if (!rate || rate.remaining >= LOW_BUDGET)
        return intervalMs;
    const untilReset = Math.max(0, rate.resetMs - now);
    const polls = (rate.remaining - RESERVE) / Math.max(1, pagesPerPoll);
    if (polls <= 0)
        return Math.max(intervalMs, untilReset);
    return Math.max(intervalMs, Math.ceil(untilReset / polls));
}
/** Polls until the jobs are done, one fails fast, the deadline passes or the step is cancelled. */
async function waitForJobs(opts) {
    let last = opts.first;
    let polls = 1;
    let requests = last.requests;
    let notModified = last.notModified;
    const queued = (r) => new Set(unfinished(r)
        .filter((j) => isQueued(j))
        .map((j) => j.id));
    let neverStarted = queued(last.report);
    let stretched = false;
    const result = (outcome) => ({
        last,
        outcome,
        polls,
        requests,
        notModified,
        neverStarted
    });
    // Jobs of a dynamic matrix are created only when the job that computes the
    // matrix has ended: once a wait saw jobs running, all done is confirmed by
    // one more poll, which must find no new job.
    let sawRunning = false;
    let confirming = false;
    for (;;) {
        const left = unfinished(last.report).length;
        if (left === 0 && (!sawRunning || confirming))
            return result('completed');
        if (opts.failing(last.report).length > 0)
            return result('failed-fast');
        if (opts.signal.aborted)
            return result('cancelled');
        const now = opts.now();
        if (now >= opts.deadline)
            return result(left === 0 ? 'completed' : 'timeout');
        if (left > 0) {
            sawRunning = true;
            confirming = false;
            opts.log(progressLine(last.report));
        }
        else {
            confirming = true;
            opts.log(`${last.report.aggregated.length} / ${last.report.aggregated.length} completed — one more poll to see that no new job was created.`);
        }
        const interval = pollInterval(opts.intervalMs, last.rateLimit, last.requests, now);
        if (interval > opts.intervalMs && !stretched) {
            opts.log(`GitHub's rate limit is low (${last.rateLimit?.remaining} requests left until ${new Date(last.rateLimit?.resetMs ?? 0).toISOString()}): polling every ${formatInterval(interval)} instead of every ${formatInterval(opts.intervalMs)}.`);
        }
        stretched = interval > opts.intervalMs;
        await opts.sleep(Math.min(interval, opts.deadline - now), opts.signal);
        if (opts.signal.aborted)
            return result('cancelled');
        const polling = opts.poll();
        // A poll abandoned on cancel may still fail later: that must not crash.
        polling.catch(() => undefined);
        const cancel = aborted(opts.signal);
        let next;
        try {
            next = await Promise.race([polling, cancel.promise]);
        }
        catch (error) {
            return { ...result('error'), error };
        }
        finally {
            // One listener per poll, removed once the poll is over: a wait of many
            // polls must not pile them up on the step's signal.
            cancel.dispose();
        }
        if (next === null)
            return result('cancelled');
        last = next;
        polls++;
        requests += next.requests;
        notModified += next.notModified;
        const stillQueued = queued(next.report);
        neverStarted = new Set([...neverStarted].filter((id) => stillQueued.has(id)));
    }
}
/**
 * A promise that resolves with null when the signal aborts (a poll in flight
 * is then abandoned), and how to stop listening.
 */
function aborted(signal) {
    let dispose = () => { };
    const promise = new Promise((resolve) => {
        if (signal.aborted)
            return resolve(null);
        const onAbort = () => resolve(null);
        signal.addEventListener('abort', onAbort, { once: true });
        dispose = () => signal.removeEventListener('abort', onAbort);
    });
    return { promise, dispose };
}

;// CONCATENATED MODULE: ./src/pipeline/report-run.ts








/** What the post step allows the API to lag behind before reporting anyway. */
const SETTLE = { maxMs: 10_000, everyMs: 1_000 };
/** Reads, waits, reads the failing logs and judges: the whole report of one run. */
async function reportRun(req, deps) {
    const startedAt = deps.now();
    const { octokit, urls, notes } = deps;
    const run = req.run;
    const select = compilePatterns(req.jobs, true);
    const gate = {
        failOn: req.failOn,
        allowFailure: compilePatterns(req.allowFailure, false)
    };
    const summaryNotes = [];
    // Jobs become records as their pages arrive: a page's raw JSON is never
    // kept (3000 jobs × 30 steps: 50 MB of parsed API objects).
    const convert = recordMaker(run, urls);
    let own = null;
    if (req.settleCurrentJob && req.current.jobId !== null) {
        const settled = await settleCurrentJob(octokit, { owner: run.owner, repo: run.repo, jobId: req.current.jobId }, { ...SETTLE, sleep: (ms) => deps.sleep(ms, deps.signal), now: deps.now });
        own = settled.job;
        if (!settled.settled) {
            summaryNotes.push(`GitHub had not yet recorded every step of this job as completed after ${SETTLE.maxMs / 1000}s; its steps are shown as GitHub listed them.`);
        }
    }
    const ownRecord = own ? convert(own) : null;
    // Pages kept for conditional polls; a single read keeps none.
    const cache = req.wait ? new Map() : undefined;
    const warned = new Set();
    let listed = 0;
    const poll = async () => {
        const read = await readRun(octokit, {
            owner: run.owner,
            repo: run.repo,
            runId: run.id,
            attempt: run.attempt,
            jobId: ownRecord?.id ?? req.current.jobId
        }, req.current, { convert, cache, signal: deps.signal });
        // Each poll finds the same uncertainties: say each once.
        for (const w of read.warnings.filter((w) => !warned.has(w))) {
            warned.add(w);
            notes.warning(w);
        }
        listed = read.jobs.length;
        const jobs = ownRecord
            ? read.jobs.map((j) => (j.id === ownRecord.id ? ownRecord : j))
            : read.jobs;
        const report = reportOf(jobs, {
            run,
            urls,
            workflow: read.workflowName ?? own?.workflow_name ?? null,
            select,
            currentJobId: ownRecord?.id ?? read.currentJobId,
            now: deps.now()
        });
        return {
            report,
            requests: read.requests,
            notModified: read.notModified,
            rateLimit: read.rateLimit
        };
    };
    const first = await poll();
    const selected = first.report.jobs.length;
    notes.info(`Read ${plural(listed, 'job')} of run ${run.id} in ${plural(first.requests, 'request')}` +
        (req.jobs.length > 0 ? `; the ${deps.names.jobs} patterns select ${selected}.` : '.'));
    if (first.report.current)
        notes.info(`This step runs in job ${logText(first.report.current.name)}.`);
    let waited = null;
    if (req.wait) {
        assertNotWaitingOnItself(first.report, req, deps.names);
        waited = await waitFor(first, poll, req.wait, gate, startedAt + req.wait.timeoutMs, deps);
    }
    const report = waited?.last.report ?? first.report;
    if (report.aggregated.length === 0) {
        notes.warning(req.jobs.length > 0
            ? `No job of run ${run.id} matched the ${deps.names.jobs} patterns; conclusion is skipped.`
            : `Run ${run.id} has no job besides this one; conclusion is skipped.`);
    }
    // Failing log lines: not after a cancel, when the runner allows only seconds.
    const logs = req.logLines > 0 && !deps.signal.aborted ? await failingLogs(report, req, deps) : undefined;
    return {
        report,
        ...(logs ? { logs } : {}),
        notes: summaryNotes,
        waited,
        gate: gateFindings(report, gate, waited && req.wait
            ? {
                outcome: waited.outcome,
                timeoutMs: req.wait.timeoutMs,
                neverStarted: waited.neverStarted,
                // The edge aborts with the signal's name (SIGINT, SIGTERM).
                ...(typeof deps.signal.reason === 'string' ? { signal: deps.signal.reason } : {})
            }
            : undefined),
        ...(waited?.outcome === 'error' ? { error: waited.error } : {})
    };
}
/**
 * Waiting on a job that is this one would never end: when this job cannot be
 * told apart, stop now rather than at the timeout.
 */
function assertNotWaitingOnItself(report, req, names) {
    if (!req.current.ownRun || report.current || req.current.jobId !== null || req.jobs.length > 0)
        return;
    throw new Error(`${names.wait}: true cannot tell which job runs this step, so it could wait on itself until the timeout. ` +
        `Pass ${names.jobId}: \${{ job.check_run_id }}, or a ${names.jobs} pattern that leaves this job out (such as !${logText(names.jobKey || 'report')}).`);
}
async function waitFor(first, poll, wait, gate, deadline, deps) {
    const { notes } = deps;
    notes.group?.(`Waiting for the selected jobs (every ${formatInterval(wait.intervalMs)}, at most ${formatInterval(wait.timeoutMs)})`);
    try {
        const result = await waitForJobs({
            first,
            poll,
            intervalMs: wait.intervalMs,
            deadline,
            failing: (r) => (wait.failFast ? blockingJobs(r, gate) : []),
            now: deps.now,
            sleep: deps.sleep,
            signal: deps.signal,
            log: (line) => notes.info(line)
        });
        notes.info(`Waited ${plural(result.polls, 'poll')}: ${plural(result.requests, 'request')}, ${result.notModified} of them 304 Not Modified (free); ${result.outcome}.`);
        return result;
    }
    finally {
        notes.endGroup?.();
    }
}
/** The failing lines of the failed jobs (at most MAX_EXCERPT_JOBS), for the summary. */
async function failingLogs(report, req, deps) {
    const failed = report.aggregated.filter(isFailed);
    if (failed.length === 0)
        return undefined;
    const excerpts = await collectExcerpts(deps.octokit, { owner: req.run.owner, repo: req.run.repo }, failed, { lines: req.logLines, maxJobs: MAX_EXCERPT_JOBS });
    const missing = [...excerpts.values()].filter((e) => 'missing' in e).length;
    deps.notes.info(`Read the logs of ${plural(excerpts.size - missing, 'failed job')}${missing ? ` (${missing} not available)` : ''}.`);
    return { excerpts, omitted: failed.length - excerpts.size };
}

;// CONCATENATED MODULE: ./src/render/gate.ts


/**
 * The message the step fails with, or null when it passes.
 * ex. "1 job ended with a fail-on conclusion:\n- lint: failure https://…"
 */
function gateMessage(f, names) {
    const parts = [];
    if (f.blocking.length > 0) {
        const list = f.blocking
            .map((j) => `- ${logText(j.name)}: ${logText(j.conclusion ?? 'unknown')} ${j.url}`)
            .join('\n');
        parts.push(`${plural(f.blocking.length, 'job')} ended with a ${names.failOn} conclusion:\n${list}`);
    }
    if (f.stop === 'failed-fast') {
        parts.push(`Stopped waiting (fail-fast) with ${plural(f.unfinished.length, 'job')} still running or queued.`);
    }
    else if (f.stop) {
        const why = f.stop.why === 'timeout'
            ? `Timed out after ${formatInterval(f.stop.timeoutMs)}`
            : `Cancelled${f.stop.signal ? ` (${f.stop.signal})` : ''}`;
        const list = f.unfinished
            .map(({ job, neverStarted }) => {
            const hint = neverStarted
                ? ` — it never started: if it needs this job, it cannot start before this one ends; leave it out with a ${names.jobs} line such as !${logText(job.name)}`
                : '';
            return `- ${logText(job.name)}: ${logText(job.status.replace(/_/g, ' '))}${hint}`;
        })
            .join('\n');
        parts.push(`${why} while waiting for ${plural(f.unfinished.length, 'job')}:\n${list}`);
    }
    return parts.length > 0 ? parts.join('\n') : null;
}

;// CONCATENATED MODULE: ./src/render/report-json.ts
/** Bytes the `jobs` output may take (GitHub's limit is 1 MB per output). */
const JOBS_OUTPUT_LIMIT = 1_000_000;
/**
 * Characters of JSON gathered before a piece of the report file is handed on.
 * A report of 3000 jobs × 30 steps is 26 MB of JSON: it is never held whole,
 * and pieces of 64 K stay below V8's large-object size, so they die young
 * instead of piling up in the old generation until a full collection
 * (measured: 1 MB pieces peaked 17 MB higher).
 */
const PIECE_CHARS = 1 << 16;
/**
 * The JSON of the jobs, without the array's brackets, in pieces of about
 * PIECE_CHARS characters: a few jobs serialised at a time, as many as the
 * last pieces suggest fit. (One JSON.stringify per piece is 10% faster than
 * one per job and makes no per-job strings to join.)
 */
function* jobPieces(jobs) {
    let batch = 8;
    for (let i = 0; i < jobs.length;) {
        const json = JSON.stringify(jobs.slice(i, i + batch));
        yield json.slice(1, -1);
        i += batch;
        batch = Math.max(1, Math.round((batch * PIECE_CHARS) / json.length));
    }
}
/**
 * Writes the report file's content piece by piece to `write`: `{run, jobs,
 * counts, conclusion, generated_at}` and the other aggregates, each job
 * serialised once. Returns the JSON array of the jobs when it takes at most
 * `limit` bytes (the `jobs` output, without serialising them again), else null.
 */
function writeReportJson(report, write, limit = JOBS_OUTPUT_LIMIT) {
    write(`{"run":${JSON.stringify(report.run)},"jobs":[`);
    let small = [];
    let bytes = 2;
    let first = true;
    for (const piece of jobPieces(report.jobs)) {
        if (!first)
            write(',');
        write(piece);
        if (small) {
            bytes += Buffer.byteLength(piece) + (first ? 0 : 1);
            if (bytes <= limit)
                small.push(piece);
            else
                small = null;
        }
        first = false;
    }
    const fields = [
        ['counts', report.counts],
        ['conclusion', report.conclusion],
        ['failed_jobs', report.failedJobs],
        ['duration_seconds', report.durationSeconds],
        ['current_job_id', report.current?.id ?? null],
        ['generated_at', report.generatedAt]
    ];
    write(`]${fields.map(([key, value]) => `,"${key}":${JSON.stringify(value)}`).join('')}}`);
    return small && `[${small.join(',')}]`;
}
/** The report file's content as one string (the CLI's `--format json`, tests). */
function reportFileJson(report) {
    const pieces = [];
    writeReportJson(report, (piece) => pieces.push(piece));
    return pieces.join('');
}

;// CONCATENATED MODULE: ./src/render/excerpt.ts

/** Longest log line shown in the summary, in characters. */
const MAX_SHOWN_LINE = 1000;
/**
 * Cuts a line to `max` characters, not inside a surrogate pair.
 *
 * @example cutLine('abcdef', 3) === 'abc…'
 */
function cutLine(line, max) {
    if (line.length <= max)
        return line;
    const code = line.charCodeAt(max - 1);
    const at = code >= 0xd800 && code <= 0xdbff ? max - 1 : max;
    return `${line.slice(0, at)}…`;
}
/**
 * One failed job's part of the `### Failing log lines` section: a line naming
 * the job and the failing step with a link to the step's log, then the lines
 * in a code fence that nothing in them can close (or a short note when the
 * log is missing).
 *
 * @example excerptBlock(build, { lines: ['Error: x'], step })
 *   // '**build** · step 5 Run npm test ([log](…#step:5:1))\n\n```text\nError: x\n```\n'
 */
function excerptBlock(job, excerpt) {
    const step = excerpt.step;
    const title = step
        ? `**${mdText(job.name)}** · step ${step.number} ${mdText(step.name)} ([log](${mdUrl(step.url)}))`
        : `**${mdText(job.name)}** ([log](${mdUrl(job.url)}))`;
    if ('missing' in excerpt) {
        // The reason reads as a sentence: "Log expired (410)."
        const note = excerpt.missing.charAt(0).toUpperCase() + excerpt.missing.slice(1);
        return `${title}\n\n_${mdText(note)}._\n\n`;
    }
    if (excerpt.lines.length === 0)
        return `${title}\n\n_No log lines found._\n\n`;
    const text = excerpt.lines.map((line) => cutLine(line, MAX_SHOWN_LINE)).join('\n');
    return `${title}\n\n${fence(text, 'text')}\n`;
}

;// CONCATENATED MODULE: ./src/model/matrix.ts
// Matrix legs grouped for the jobs table. GitHub names a leg after its job
// and its matrix values, `test (ubuntu-latest, 20)`; legs of one job share
// the part before the brackets (and, in a reusable workflow, its `ci / ` prefix).

/** The job a matrix leg belongs to. ex. "ci / test (ubuntu-latest, 20)" → "ci / test"; "build" → null */
function matrixBase(name) {
    const m = /^(.+?) \((.*)\)$/s.exec(name);
    return m ? (m[1] ?? null) : null;
}
/**
 * The jobs table's entries in run order: a job alone, or one entry for the
 * legs of a matrix (two or more legs of one attempt), placed where its first
 * leg was. `alone` keeps a job out of any group (the current job, marked).
 */
function groupJobs(jobs, alone) {
    const key = (job) => {
        const base = matrixBase(job.name);
        return base === null || alone(job) ? null : `${job.attempt}\u0000${base}`;
    };
    const sizes = new Map();
    for (const job of jobs) {
        const k = key(job);
        if (k !== null)
            sizes.set(k, (sizes.get(k) ?? 0) + 1);
    }
    const groups = new Map();
    const entries = [];
    for (const job of jobs) {
        const k = key(job);
        if (k === null || (sizes.get(k) ?? 0) < 2) {
            entries.push({ kind: 'job', job });
            continue;
        }
        let group = groups.get(k);
        if (!group) {
            group = {
                kind: 'matrix',
                base: matrixBase(job.name) ?? job.name,
                attempt: job.attempt,
                legs: []
            };
            groups.set(k, group);
            entries.push(group);
        }
        group.legs.push(job);
    }
    return entries;
}
/** Passed/total, failed and unfinished legs, slowest and fastest leg that ran. */
function matrixStats(group) {
    // A skipped leg has no real duration: it is neither fastest nor slowest.
    const finished = group.legs.filter((j) => j.duration_seconds !== null && j.conclusion !== 'skipped');
    const byTime = [...finished].sort((a, b) => (a.duration_seconds ?? 0) - (b.duration_seconds ?? 0));
    return {
        passed: group.legs.filter((j) => j.status === 'completed' && j.conclusion === 'success').length,
        total: group.legs.length,
        failed: group.legs.filter(isFailed),
        unfinished: group.legs.filter((j) => j.status !== 'completed'),
        slowest: byTime[byTime.length - 1] ?? null,
        fastest: byTime[0] ?? null
    };
}

;// CONCATENATED MODULE: ./src/render/words.ts


/**
 * What a job's or step's state reads as: its conclusion once completed, else its status.
 * ex. "failure", "timed out", "in progress"
 */
function stateText(item) {
    if (item.status === 'completed')
        return (item.conclusion ?? 'unknown').replace(/_/g, ' ');
    return item.status.replace(/_/g, ' ');
}
/** The time taken, or the time so far for a running job or step. ex. "1m 10s", "4m 2s so far" */
function durationText(item, now) {
    if (item.duration_seconds !== null)
        return formatDuration(item.duration_seconds);
    if (item.status === 'in_progress' && item.started_at) {
        const started = parseTime(item.started_at);
        if (started !== null)
            return `${formatDuration(Math.max(0, Math.round((now - started) / 1000)))} so far`;
    }
    return formatDuration(null);
}
/** The counts of the verdict. ex. "39 jobs: 37 success, 1 failure, 1 skipped" */
function countsText(report) {
    const c = report.counts;
    const parts = [];
    for (const [key, n] of Object.entries(c)) {
        if (['total', 'completed', 'in_progress', 'queued'].includes(key) || n === 0)
            continue;
        parts.push(`${n} ${key.replace(/_/g, ' ')}`);
    }
    if (c.in_progress > 0)
        parts.push(`${c.in_progress} in progress`);
    if (c.queued > 0)
        parts.push(`${c.queued} queued`);
    return `${plural(c.total, 'job')}${parts.length ? `: ${parts.join(', ')}` : ''}`;
}
/** The aggregate conclusion as words. ex. "timed out" */
function conclusionText(report) {
    return report.conclusion.replace(/_/g, ' ');
}

;// CONCATENATED MODULE: ./src/render/jobs-table.ts
// The jobs table of the job summary: one row per job, a matrix folded into
// one row with its legs collapsed below, and the steps of a job in a
// collapsed block. Every API string goes through escape.ts.





const ICON = {
    success: '✅',
    failure: '❌',
    timed_out: '⏱️',
    startup_failure: '💥',
    cancelled: '🚫',
    action_required: '✋',
    stale: '🥀',
    neutral: '⚪',
    skipped: '⏭️',
    unknown: '❔',
    in_progress: '⏳',
    queued: '🕒'
};
/** The icon for a job or step: its conclusion once completed, else its status. */
function iconOf(item) {
    if (item.status === 'completed')
        return ICON[outcomeOf(item)] ?? ICON.unknown ?? '';
    return ICON[item.status === 'in_progress' ? 'in_progress' : 'queued'] ?? '';
}
function tableHeader(report) {
    const attempt = report.run.attempt === 'all';
    return (`|   | Job |${attempt ? ' Attempt |' : ''} Conclusion | Queued | Duration | Runner |\n` +
        `| :-: | --- |${attempt ? ' :-: |' : ''} --- | --: | --: | --- |\n`);
}
function tableRow(job, report, now) {
    const current = job === report.current ? ' **(this job)**' : '';
    const retried = report.passedOnRetry.has(job.name) && report.aggregated.includes(job)
        ? ' (passed on retry 🔁)'
        : '';
    const attempt = report.run.attempt === 'all' ? ` ${job.attempt} |` : '';
    return (`| ${iconOf(job)} | [${mdText(job.name)}](${mdUrl(job.url)})${current} |${attempt}` +
        ` ${mdText(stateText(job))}${retried} | ${formatDuration(job.queued_seconds)} | ${durationText(job, now)}` +
        ` | ${job.runner_name ? mdText(job.runner_name) : '–'} |\n`);
}
function stepsBlock(job, now) {
    const lines = [
        `<details><summary>${iconOf(job)} <b>${html(job.name)}</b> — ${html(stateText(job))} · ` +
            `${html(durationText(job, now))} · ${plural(job.steps.length, 'step')}</summary>\n\n`,
        '| # | Step | Conclusion | Duration |\n| --: | --- | --- | --: |\n'
    ];
    for (const step of job.steps) {
        lines.push(`| ${step.number} | ${iconOf(step)} [${mdText(step.name)}](${mdUrl(step.url)}) | ${mdText(stateText(step))} | ${durationText(step, now)} |\n`);
    }
    lines.push('\n</details>\n\n');
    return lines.join('');
}
/** A matrix in one row: worst icon, passed / total, failed legs, fastest – slowest. */
function groupRow(group, report) {
    const stats = matrixStats(group);
    const icon = iconOf({ status: 'completed', conclusion: aggregateConclusion(group.legs) });
    const pending = stats.unfinished.length > 0 ? ICON.in_progress : icon;
    const parts = [`${stats.passed} / ${stats.total} passed`];
    const leg = (j) => `[${mdText(j.name.slice(group.base.length + 2, -1))}](${mdUrl(j.url)})`;
    if (stats.failed.length > 0) {
        const shown = stats.failed.slice(0, 5).map((j) => `${iconOf(j)} ${leg(j)}`);
        const more = stats.failed.length > 5 ? ` and ${stats.failed.length - 5} more` : '';
        parts.push(`${shown.join(', ')}${more}`);
    }
    if (stats.unfinished.length > 0)
        parts.push(`${stats.unfinished.length} not finished`);
    const range = stats.fastest && stats.slowest
        ? `${formatDuration(stats.fastest.duration_seconds)} – ${formatDuration(stats.slowest.duration_seconds)}`
        : formatDuration(null);
    const attempt = report.run.attempt === 'all' ? ` ${group.attempt} |` : '';
    return `| ${pending} | **${mdText(group.base)}** · ${plural(stats.total, 'leg')} |${attempt} ${parts.join(' · ')} | – | ${range} | – |\n`;
}
/** The legs of a matrix, collapsed: the fastest and slowest named in the summary line. */
function legsBlock(group, report, now) {
    const stats = matrixStats(group);
    const extremes = stats.fastest && stats.slowest
        ? ` · fastest ${html(stats.fastest.name)} ${formatDuration(stats.fastest.duration_seconds)}` +
            ` · slowest ${html(stats.slowest.name)} ${formatDuration(stats.slowest.duration_seconds)}`
        : '';
    const attempt = report.run.attempt === 'all' ? ` (attempt ${group.attempt})` : '';
    return (`<details><summary>${html(group.base)}${attempt}: ${stats.passed} / ${stats.total} legs passed${extremes}</summary>\n\n` +
        tableHeader(report) +
        group.legs.map((j) => tableRow(j, report, now)).join('') +
        '\n</details>\n\n');
}
function needsAttention(job, report) {
    return job === report.current || job.status !== 'completed' || isFailed(job);
}

;// CONCATENATED MODULE: ./src/render/timeline-words.ts
// The parts of the timeline that are words and numbers, not bars: names cut
// to fit, the group a name belongs to, the axis labels' format, and the note
// on jobs left out. Pure.
/** Longest job or section name drawn, in code points; longer ones end with `…`. */
const MAX_NAME_LENGTH = 60;
/**
 * Cuts a name to `max` code points, the last one an ellipsis. Code points, not
 * UTF-16 units, so that an emoji is never cut in half. Done before escaping,
 * which may add a zero-width space and must see the whole cut name.
 *
 * @example shortenName('integration (postgres)', 12) === 'integration…'
 * @example shortenName('lint', 12) === 'lint'
 */
function shortenName(name, max = MAX_NAME_LENGTH) {
    const points = Array.from(name);
    if (points.length <= max)
        return name;
    return (points
        .slice(0, Math.max(0, max - 1))
        .join('')
        .trimEnd() + '\u2026');
}
/**
 * The group a job name belongs to: the matrix base name without its
 * `(…)` values, then the calling job of a reusable workflow (the text before
 * the first ` / `). Jobs group into a section only when two names share it.
 *
 * @example groupOf('ci / test (ubuntu-latest, 20)') === 'ci'
 * @example groupOf('test (ubuntu-latest, 20)') === 'test'
 * @example groupOf('test (a / b)') === 'test'
 * @example groupOf('e2e | smoke: chrome') === 'e2e | smoke: chrome'
 */
function groupOf(name) {
    const trimmed = name.trim();
    const matrix = /^(.*?\S)\s*\(.*\)$/s.exec(trimmed);
    const base = matrix?.[1] ?? trimmed;
    const slash = base.indexOf(' / ');
    return (slash > 0 ? base.slice(0, slash) : base).trim();
}
/**
 * The mermaid `axisFormat` for a chart spanning `spanMs`: seconds for short
 * runs (minute ticks would repeat the same label), the date for runs over a
 * day. The data stays in epoch ms; only the tick labels use local time.
 *
 * @example axisFormatFor(3 * 60_000) === '%H:%M:%S'
 * @example axisFormatFor(40 * 60_000) === '%H:%M'
 * @example axisFormatFor(3 * 86_400_000) === '%b %d %H:%M'
 */
function axisFormatFor(spanMs) {
    if (spanMs < 5 * 60_000)
        return '%H:%M:%S';
    if (spanMs > 36 * 3_600_000)
        return '%b %d %H:%M';
    return '%H:%M';
}
/**
 * A count with thousands separators, the same in every locale.
 *
 * @example groupDigits(2700) === '2,700'
 */
function groupDigits(n) {
    return String(Math.round(n)).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}
/**
 * The italic line that says how many jobs the chart leaves out and which it
 * keeps. `failedLeft` are failed jobs among those left out.
 *
 * @example leftOutNote(2700, 300, 12, 0) ===
 *   '_Timeline: 2,700 more jobs not shown (it shows every failed job and the 288 slowest others)._'
 */
function leftOutNote(left, shown, failedShown, failedLeft) {
    const more = `${groupDigits(left)} more ${left === 1 ? 'job' : 'jobs'} not shown`;
    if (shown === 0)
        return `_Timeline: ${more} (the chart would pass mermaid's size limit)._`;
    if (failedLeft > 0) {
        return (`_Timeline: ${more}, ${groupDigits(failedLeft)} of them failed` +
            ` (it shows the ${groupDigits(shown)} slowest failed jobs)._`);
    }
    if (failedShown > 0) {
        const others = shown - failedShown;
        const rest = others > 0 ? ` and the ${groupDigits(others)} slowest others` : '';
        return `_Timeline: ${more} (it shows every failed job${rest})._`;
    }
    return `_Timeline: ${more} (it shows the ${groupDigits(shown)} slowest)._`;
}

;// CONCATENATED MODULE: ./src/render/timeline.ts
// The timeline: a mermaid gantt of a run's jobs for the job summary. Each job
// is a run bar (started → completed, or → now while it runs) preceded by a
// grey queue bar (created → started) when it waited for a runner. Pure: the
// clock comes in as `now`, and every time is epoch milliseconds written with
// `dateFormat x`, so no time zone enters the chart text (mermaid draws the
// axis labels in the reader's local time, which is what a reader expects).






/** Jobs drawn at most by default: 300 jobs are up to 600 bars, a very tall chart already. */
const TIMELINE_MAX_JOBS = 300;
/** Mermaid's `maxTextSize`: a longer chart is not drawn at all ("Maximum text size exceeded"). */
const MERMAID_MAX_CHARS = 50_000;
/** The section of jobs that share no prefix or matrix base name with another job. */
const GENERAL_SECTION = 'jobs';
const GENERAL_SECTION_WITH_OTHERS = 'other jobs';
/** The bars of one job, or null when it has nothing to draw (never started and no queue time known). */
function planJob(job, index, now) {
    const created = parseTime(job.created_at);
    const started = parseTime(job.started_at);
    const completed = parseTime(job.completed_at);
    const done = job.status === 'completed';
    const failed = isFailed(job);
    const skipped = done && job.conclusion === 'skipped';
    const base = { job, index, failed, skipped, running: false };
    if (started === null) {
        // Never started: skipped (left out), cancelled while queued, or still waiting.
        if (skipped || created === null)
            return null;
        const end = done ? completed : now;
        if (end === null)
            return null;
        return { ...base, queue: { start: created, end: Math.max(created, end) }, run: null };
    }
    // GitHub does report a `created_at` after `started_at`, and a `completed_at` before it.
    const queue = created !== null && created < started ? { start: created, end: started } : null;
    const end = done ? (completed ?? started) : now;
    return { ...base, running: !done, queue, run: { start: started, end: Math.max(started, end) } };
}
/** Run time in ms for ranking: what "slowest" means when jobs must be left out. */
const runMs = (p) => (p.run ? p.run.end - p.run.start : 0);
const queueMs = (p) => (p.queue ? p.queue.end - p.queue.start : 0);
/** Where a job starts in the chart: its queue bar, else its run bar. */
const firstMs = (p) => p.queue?.start ?? p.run?.start ?? 0;
const lastMs = (p) => Math.max(p.queue?.end ?? 0, p.run?.end ?? 0);
/**
 * Section names for the jobs: a group (see groupOf) shared by two or more
 * distinct job names is a section; every other job goes to the general one.
 * Names are unique after escaping (mermaid merges sections of equal names).
 */
function assignSections(plans) {
    // groupOf runs a regular expression: once a job.
    const groups = plans.map((p) => ({ p, group: groupOf(p.job.name) }));
    const namesOf = new Map();
    for (const { p, group } of groups) {
        const names = namesOf.get(group) ?? new Set();
        names.add(p.job.name);
        namesOf.set(group, names);
    }
    const grouped = (group) => (namesOf.get(group)?.size ?? 0) >= 2;
    const hasGroups = groups.some((g) => grouped(g.group));
    const hasGeneral = groups.some((g) => !grouped(g.group));
    const taken = new Set();
    const titles = new Map();
    const title = (key, raw) => {
        const known = titles.get(key);
        if (known !== undefined)
            return known;
        let name = shortenName(raw);
        for (let n = 2; taken.has(mermaidText(name)); n++)
            name = `${shortenName(raw)} (${n})`;
        taken.add(mermaidText(name));
        titles.set(key, name);
        return name;
    };
    // The general section's name is taken first: a group called "jobs" gets the suffix.
    const generalTitle = hasGeneral
        ? title('\u0000general', hasGroups ? GENERAL_SECTION_WITH_OTHERS : GENERAL_SECTION)
        : '';
    return groups.map(({ p, group }) => ({
        ...p,
        section: grouped(group) ? title(`g:${group}`, group) : generalTitle
    }));
}
/** The mermaid lines of one job: its queue bar (if any), then its run bar. */
function taskLines(p, label) {
    const lines = [];
    if (p.queue) {
        const waited = formatDuration(Math.round((p.queue.end - p.queue.start) / 1000));
        // A job that never started has only this bar: it must carry the name.
        const text = p.run ? `queued ${waited}` : `${label} \u00b7 queued ${waited}`;
        const tags = p.run === null && p.failed ? 'done,crit,' : 'done,';
        lines.push(`    ${mermaidText(text)}:${tags}q${p.index},${p.queue.start},${p.queue.end}`);
    }
    if (p.run) {
        const tag = p.running ? 'active,' : p.failed ? 'crit,' : p.skipped ? 'milestone,' : '';
        lines.push(`    ${mermaidText(label)}:${tag}j${p.index},${p.run.start},${p.run.end}`);
    }
    return lines;
}
/**
 * The label of a job's bar: its shortened name, the attempt when the chart
 * holds that name more than once (`attempt: all`), and "this job".
 */
function labelOf(p, repeated, currentJobId) {
    const marks = [];
    if (repeated.has(p.job.name))
        marks.push(`attempt ${p.job.attempt}`);
    if (currentJobId !== null && p.job.id === currentJobId)
        marks.push('this job');
    const name = shortenName(p.job.name);
    return marks.length ? `${name} (${marks.join(', ')})` : name;
}
/** Failed first, then the longest run, then the longest queue, then run order. */
function byImportance(a, b) {
    return (Number(b.failed) - Number(a.failed) ||
        runMs(b) - runMs(a) ||
        queueMs(b) - queueMs(a) ||
        a.index - b.index);
}
/** Chart order: by first bar, then run order. */
function byTime(a, b) {
    return firstMs(a) - firstMs(b) || a.index - b.index;
}
/**
 * A mermaid gantt of the jobs, as a fenced Markdown block ending in a
 * newline; after it, a blank line and an italic note when jobs were left out
 * (past `maxJobs` jobs, or past `maxChars` characters of chart text: the
 * failed jobs and the slowest are kept). `''` when no job has started.
 *
 * Sections: jobs of one reusable workflow (`ci / …` → `ci`) or one matrix
 * (`test (…)` → `test`), the rest in a general section. Tags: queue bars
 * `done`, failed jobs `crit`, running jobs `active` (ending at `now`),
 * skipped jobs that have times `milestone`; skipped jobs without times are
 * left out. Task ids are `q{i}` and `j{i}`, `i` the job's position in `jobs`,
 * so jobs of several attempts that share a name stay distinct.
 *
 * @example
 * // build: created 10:00:00, started 10:00:05, completed 10:01:05 (UTC)
 * renderTimeline([build], { now }) ===
 *   '```mermaid\ngantt\n  dateFormat x\n  axisFormat %H:%M:%S\n  todayMarker off\n' +
 *   '  section jobs\n    queued 5s:done,q0,1795168800000,1795168805000\n' +
 *   '    build:j0,1795168805000,1795168865000\n```\n'
 */
function renderTimeline(jobs, opts) {
    const maxJobs = Math.max(1, Math.floor(opts.maxJobs ?? TIMELINE_MAX_JOBS));
    const maxChars = opts.maxChars ?? MERMAID_MAX_CHARS;
    const currentJobId = opts.currentJobId ?? null;
    // Mermaid reads a `dateFormat x` time only as an integer.
    const now = Math.round(opts.now);
    const drawable = jobs
        .map((job, i) => planJob(job, i, now))
        .filter((p) => p !== null);
    if (!drawable.some((p) => p.run !== null))
        return '';
    const plans = assignSections(drawable);
    const seen = new Set();
    const repeated = new Set();
    for (const p of plans)
        (seen.has(p.job.name) ? repeated : seen).add(p.job.name);
    // Loops, not Math.min(...spread): a run can have more jobs than a call has arguments.
    let start = Infinity;
    let end = -Infinity;
    for (const p of plans) {
        start = Math.min(start, firstMs(p));
        end = Math.max(end, lastMs(p));
    }
    const header = [
        'gantt',
        '  dateFormat x',
        `  axisFormat ${axisFormatFor(end - start)}`,
        // Mermaid's marker is the reader's clock, not `now`: it would only stretch the axis.
        '  todayMarker off'
    ];
    // Keep the most important jobs while they fit; each costs its lines, plus
    // its section's heading when it is the first of its section.
    const ranked = [...plans].sort(byImportance);
    const kept = [];
    const sectionsUsed = new Set();
    let chars = header.join('\n').length + 1;
    for (const plan of ranked) {
        if (kept.length >= maxJobs)
            break;
        const lines = taskLines(plan, labelOf(plan, repeated, currentJobId));
        const heading = sectionsUsed.has(plan.section) ? 0 : sectionLine(plan.section).length + 1;
        const cost = heading + lines.reduce((sum, line) => sum + line.length + 1, 0);
        if (chars + cost > maxChars)
            break;
        chars += cost;
        sectionsUsed.add(plan.section);
        kept.push({ plan, lines });
    }
    const left = plans.length - kept.length;
    const failedShown = kept.filter((k) => k.plan.failed).length;
    const failedLeft = plans.filter((p) => p.failed).length - failedShown;
    const note = left > 0 ? `\n${leftOutNote(left, kept.length, failedShown, failedLeft)}\n` : '';
    if (kept.length === 0)
        return note.trimStart();
    // Sections in order of their first job; jobs by time within each.
    const bySection = new Map();
    for (const k of [...kept].sort((a, b) => byTime(a.plan, b.plan))) {
        const list = bySection.get(k.plan.section) ?? [];
        list.push(k);
        bySection.set(k.plan.section, list);
    }
    const body = [...header];
    for (const [section, list] of bySection) {
        body.push(sectionLine(section));
        for (const k of list)
            body.push(...k.lines);
    }
    return fence(body.join('\n'), 'mermaid') + note;
}
/** The `section` statement for a section name (not yet escaped). */
function sectionLine(name) {
    return `  section ${mermaidText(name)}`;
}

;// CONCATENATED MODULE: ./src/render/summary.ts
// The job summary: heading and verdict, jobs table, steps of the jobs `steps`
// selects. Pure Markdown rendering over the report; every name taken from the
// API goes through escape.ts. The whole stays under a byte budget, because the
// runner drops a summary over 1 MiB entirely.








/**
 * Bytes of UTF-8 the summary may take: under GitHub's 1 MiB summary limit and
 * under the 1 MB limit of a step output, since the `summary` output holds it.
 */
const SUMMARY_BUDGET = 1_000_000;
const bytes = (s) => Buffer.byteLength(s, 'utf8');
/** The one-line verdict: conclusion, counts, wall time and total job time. */
function verdictLine(report) {
    const icon = ICON[report.conclusion] ?? (report.conclusion === 'pending' ? ICON.in_progress : ICON.unknown);
    return (`**${icon} ${mdText(conclusionText(report))}** · ${mdText(countsText(report))}` +
        ` · wall time ${formatDuration(report.durationSeconds)} · job time ${formatDuration(report.jobSeconds)}`);
}
function heading(report) {
    const { run } = report;
    const which = run.attempt === 'all'
        ? ' (all attempts)'
        : typeof run.attempt === 'number'
            ? ` attempt ${run.attempt}`
            : '';
    const title = `${run.workflow ? `${mdText(run.workflow)} ` : ''}run ${run.id}${which}`;
    return `## runlens · [${title}](${mdUrl(run.url)})`;
}
/**
 * The jobs whose steps are listed: as `steps` selects them (`failed`: failed
 * jobs, and this job when one of its steps failed), and this job with `ownSteps`.
 */
function jobsWithSteps(report, mode, ownSteps = false) {
    return report.jobs.filter((j) => {
        if (j.steps.length === 0)
            return false;
        if (ownSteps && j === report.current)
            return true;
        if (mode === 'none')
            return false;
        if (mode === 'all' || isFailed(j))
            return true;
        return j === report.current && j.steps.some((s) => isFailed(s));
    });
}
/**
 * What gives way first when the summary would pass the budget (higher goes
 * first): steps of passing jobs, then the legs of passing matrices, rows of
 * passing jobs, steps of failed jobs, the timeline, rows of jobs that need
 * attention, and last the failing log lines.
 */
const PRIORITY = {
    logs: 1,
    attentionRow: 2,
    timeline: 3,
    failedSteps: 4,
    row: 5,
    legs: 6,
    steps: 7
};
/**
 * Renders the summary: heading and verdict, timeline, jobs table (matrix legs
 * grouped), steps, failing log lines. When the whole would pass the budget,
 * detail is given up in the order of PRIORITY, and the summary says what.
 */
function renderSummary(report, opts) {
    const budget = opts.budget ?? SUMMARY_BUDGET;
    const notes = (opts.notes ?? []).map((n) => `> ${n}\n\n`).join('');
    const head = `${heading(report)}\n\n${verdictLine(report)}\n\n${notes}`;
    if (report.jobs.length === 0) {
        return `${head}No job of this run matched the \`jobs\` patterns.\n`;
    }
    const pieces = [];
    if (opts.timeline) {
        const chart = renderTimeline(report.jobs, {
            now: opts.now,
            currentJobId: report.current?.id ?? null
        });
        if (chart)
            pieces.push({ section: 'timeline', priority: PRIORITY.timeline, text: `${chart}\n`, jobs: 0 });
    }
    for (const entry of groupJobs(report.jobs, (j) => j === report.current)) {
        if (entry.kind === 'job') {
            const attention = needsAttention(entry.job, report);
            pieces.push({
                section: 'table',
                priority: attention ? PRIORITY.attentionRow : PRIORITY.row,
                text: tableRow(entry.job, report, opts.now),
                jobs: 1
            });
        }
        else {
            const attention = entry.legs.some((j) => needsAttention(j, report));
            pieces.push({
                section: 'table',
                priority: attention ? PRIORITY.attentionRow : PRIORITY.row,
                text: groupRow(entry, report),
                jobs: entry.legs.length
            });
            pieces.push({
                section: 'legs',
                priority: PRIORITY.legs,
                text: legsBlock(entry, report, opts.now),
                jobs: 0
            });
        }
    }
    for (const job of jobsWithSteps(report, opts.steps, opts.ownSteps)) {
        const failed = isFailed(job) || job === report.current;
        pieces.push({
            section: 'steps',
            priority: failed ? PRIORITY.failedSteps : PRIORITY.steps,
            text: stepsBlock(job, opts.now),
            jobs: 1
        });
    }
    for (const job of report.jobs) {
        const excerpt = opts.logs?.excerpts.get(job.id);
        if (excerpt)
            pieces.push({
                section: 'logs',
                priority: PRIORITY.logs,
                text: excerptBlock(job, excerpt),
                jobs: 1
            });
    }
    // Room kept for the headings and the notes that say what was cut.
    let left = budget - bytes(head) - bytes(tableHeader(report)) - 1_000;
    const kept = new Set();
    const byPriority = pieces
        .map((p, i) => ({ p, i }))
        .sort((a, b) => a.p.priority - b.p.priority || a.i - b.i);
    for (const { p } of byPriority) {
        const size = bytes(p.text);
        if (size > left)
            continue;
        kept.add(p);
        left -= size;
    }
    const inSection = (section) => pieces.filter((p) => p.section === section);
    const cut = (section) => inSection(section)
        .filter((p) => !kept.has(p))
        .reduce((n, p) => n + p.jobs, 0);
    const text = (section) => inSection(section)
        .filter((p) => kept.has(p))
        .map((p) => p.text)
        .join('');
    const why = 'to keep the summary under 1 MiB';
    const out = [head, text('timeline'), tableHeader(report), text('table')];
    if (cut('table') > 0) {
        out.push(`\n_${plural(cut('table'), 'more job')} not shown ${why}; the report-file output has them all._\n`);
    }
    const legs = text('legs');
    if (legs)
        out.push(`\n${legs}`);
    const steps = text('steps');
    if (steps || cut('steps') > 0) {
        out.push(`\n### Steps\n\n${steps}`);
        if (cut('steps') > 0)
            out.push(`_Steps of ${plural(cut('steps'), 'more job')} not shown ${why}._\n`);
    }
    const logs = text('logs');
    const logsLeftOut = cut('logs') + (opts.logs?.omitted ?? 0);
    if (logs || logsLeftOut > 0) {
        out.push(`\n### Failing log lines\n\n${logs}`);
        if (logsLeftOut > 0)
            out.push(`_Log lines of ${plural(logsLeftOut, 'more failed job')} not shown._\n`);
    }
    return out.join('');
}

;// CONCATENATED MODULE: ./src/render/text.ts




/** SGR colour codes; `paint` is the identity without colour. */
const SGR = { bold: '1', dim: '2', red: '31', green: '32', yellow: '33', cyan: '36' };
function painter(color) {
    return color ? (style, text) => `\x1b[${SGR[style]}m${text}\x1b[0m` : (_, text) => text;
}
/** Columns a string takes in a terminal: wide East Asian and emoji take 2, marks 0. */
function width(s) {
    let n = 0;
    for (const ch of s) {
        const c = ch.codePointAt(0) ?? 0;
        if ((c >= 0x300 && c <= 0x36f) || (c >= 0x200b && c <= 0x200f) || c === 0xfe0f)
            continue;
        const wide = (c >= 0x1100 && c <= 0x115f) ||
            (c >= 0x2e80 && c <= 0xa4cf) ||
            (c >= 0xac00 && c <= 0xd7a3) ||
            (c >= 0xf900 && c <= 0xfaff) ||
            (c >= 0xfe30 && c <= 0xfe4f) ||
            (c >= 0xff00 && c <= 0xff60) ||
            (c >= 0xffe0 && c <= 0xffe6) ||
            (c >= 0x1f300 && c <= 0x1faff) ||
            (c >= 0x20000 && c <= 0x3fffd);
        n += wide ? 2 : 1;
    }
    return n;
}
/** Cuts to at most `max` columns with an ellipsis. ex. cut('integration (postgres)', 12) === 'integration…' */
function cut(s, max) {
    if (width(s) <= max)
        return s;
    let out = '';
    for (const ch of s) {
        if (width(out + ch) > max - 1)
            break;
        out += ch;
    }
    return `${out}…`;
}
const pad = (s, n) => s + ' '.repeat(Math.max(0, n - width(s)));
const padStart = (s, n) => ' '.repeat(Math.max(0, n - width(s))) + s;
/** One-column symbols (emoji are two columns in most terminals, one in some). */
const SYMBOL = {
    success: ['✓', 'green'],
    failure: ['✗', 'red'],
    timed_out: ['✗', 'red'],
    startup_failure: ['✗', 'red'],
    cancelled: ['⊘', 'yellow'],
    action_required: ['!', 'yellow'],
    stale: ['?', 'yellow'],
    unknown: ['?', 'yellow'],
    neutral: ['○', 'dim'],
    skipped: ['-', 'dim'],
    in_progress: ['●', 'yellow'],
    queued: ['○', 'dim']
};
function symbolOf(item, paint) {
    const key = item.status === 'completed'
        ? outcomeOf(item)
        : item.status === 'in_progress'
            ? 'in_progress'
            : 'queued';
    const [symbol, style] = SYMBOL[key] ?? ['?', 'yellow'];
    return paint(style, symbol);
}
/** API text for one terminal line: no escape sequences, no control characters, no `::command::`. */
const term = (s) => logText(s);
/** Longest job name shown in full in the table. */
const NAME_COLUMNS = 48;
/** The text format: heading, verdict, a table of jobs, steps, failed jobs with their log lines. */
function renderText(report, opts) {
    const { paint, now } = opts;
    const out = [];
    const run = report.run;
    const which = run.attempt === 'all'
        ? ' (all attempts)'
        : typeof run.attempt === 'number'
            ? `, attempt ${run.attempt}`
            : '';
    const workflow = run.workflow ? `${term(run.workflow)} ` : '';
    out.push(paint('bold', `${workflow}run ${run.id}${which} · ${run.owner}/${run.repo}`));
    out.push(paint('dim', run.url), '');
    out.push(verdict(report, paint), '');
    if (report.jobs.length === 0) {
        out.push('No job of this run matched the --jobs patterns.');
        return `${out.join('\n')}\n`;
    }
    // The table: every job read, in run order, earlier attempts included.
    const attempts = run.attempt === 'all';
    const names = report.jobs.map((j) => cut(term(j.name), NAME_COLUMNS));
    const nameWidth = Math.max(3, ...names.map(width));
    // The records the aggregates count: a job's latest attempt (a set, as every row asks).
    const counted = new Set(report.aggregated);
    const rows = report.jobs.map((job, i) => {
        const retried = report.passedOnRetry.has(job.name) && counted.has(job);
        return {
            job,
            cells: [
                pad(names[i] ?? '', nameWidth),
                ...(attempts ? [String(job.attempt)] : []),
                term(stateText(job)) + (retried ? ' (passed on retry)' : ''),
                formatDuration(job.queued_seconds),
                durationText(job, now),
                job.runner_name ? term(job.runner_name) : '–'
            ]
        };
    });
    const header = ['JOB', ...(attempts ? ['ATTEMPT'] : []), 'CONCLUSION', 'QUEUED', 'DURATION'];
    const widths = header.map((h, c) => Math.max(width(h), ...rows.map((r) => width(r.cells[c] ?? ''))));
    // Numbers read best right-aligned: attempt, queued, duration.
    const right = new Set(attempts ? [1, 3, 4] : [2, 3]);
    const line = (cells) => cells
        .map((cell, c) => c === cells.length - 1
        ? cell
        : right.has(c)
            ? padStart(cell, widths[c] ?? 0)
            : pad(cell, widths[c] ?? 0))
        .join('  ')
        .trimEnd();
    out.push(`   ${paint('bold', line([...header, 'RUNNER']))}`);
    for (const { job, cells } of rows) {
        const superseded = !counted.has(job);
        const text = line(cells);
        out.push(` ${symbolOf(job, paint)} ${superseded ? paint('dim', text) : text}`);
    }
    // Steps, of the jobs --steps selects (`failed`: the failed jobs' failing step, below).
    if (opts.steps === 'all') {
        for (const job of report.jobs.filter((j) => j.steps.length > 0)) {
            out.push('', paint('bold', `${term(job.name)}${attempts ? ` (attempt ${job.attempt})` : ''}`));
            for (const step of job.steps) {
                out.push(`   ${symbolOf(step, paint)} ${padStart(String(step.number), 2)}  ${term(step.name)}  ${paint('dim', durationText(step, now))}`);
            }
        }
    }
    const failed = report.aggregated.filter(isFailed);
    if (failed.length > 0)
        out.push('', paint('bold', `Failed (${failed.length})`));
    for (const job of failed) {
        const step = job.steps.find((s) => s.conclusion === 'failure') ?? null;
        const where = step && opts.steps !== 'none' ? ` · step ${step.number} ${term(step.name)}` : '';
        out.push('', `${symbolOf(job, paint)} ${paint('bold', term(job.name))} · ${term(stateText(job))}${where}`, `  ${paint('cyan', step ? step.url : job.url)}`);
        const excerpt = opts.excerpts.get(job.id);
        if (!excerpt)
            continue;
        if ('missing' in excerpt) {
            out.push(paint('dim', `  (log ${term(excerpt.missing)})`));
        }
        else {
            for (const l of excerpt.lines)
                out.push(`  ${paint('dim', '│')} ${term(l)}`.trimEnd());
        }
    }
    return `${out.join('\n')}\n`;
}
/** ex. "✗ failure · 39 jobs: 37 success, 1 failure, 1 skipped · wall time 34m 18s · job time 56m 22s" */
function verdict(report, paint) {
    const [symbol, style] = SYMBOL[report.conclusion] ??
        (report.conclusion === 'pending' ? SYMBOL.in_progress : undefined) ?? ['?', 'yellow'];
    return (`${paint(style, `${symbol} ${term(conclusionText(report))}`)}` +
        ` · ${term(countsText(report))}` +
        ` · wall time ${formatDuration(report.durationSeconds)} · job time ${formatDuration(report.jobSeconds)}`);
}

;// CONCATENATED MODULE: external "node:util"
const external_node_util_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");
;// CONCATENATED MODULE: ./src/model/options.ts
// The values an option may take, checked one by one: the action's inputs
// (action/inputs.ts) and the CLI's flags (cli/args.ts) parse with the same
// rules and the same words. Each parser is handed the option's label as the
// edge names it ("input 'attempt'", "--attempt"), so an error names what the
// user typed. Pure: text in, a value or an OptionError out.
/** Every conclusion GitHub reports for a job. */
const CONCLUSIONS = [
    'success',
    'failure',
    'neutral',
    'cancelled',
    'skipped',
    'timed_out',
    'action_required',
    'stale',
    'startup_failure'
];
/** The conclusions `unsuccessful` stands for: all but success, skipped, neutral. */
const UNSUCCESSFUL = CONCLUSIONS.filter((c) => c !== 'success' && c !== 'skipped' && c !== 'neutral');
/** A value the user must change; the message names the option, the value and what is accepted. */
class OptionError extends Error {
    label;
    value;
    accepted;
    constructor(
    /** The option as the edge names it. ex. "input 'attempt'", "--attempt" */
    label, value, 
    /** What is accepted, as a phrase: "true or false". */
    accepted) {
        super(`Invalid ${label}: '${value}'. Expected ${accepted}.`);
        this.label = label;
        this.value = value;
        this.accepted = accepted;
        this.name = 'OptionError';
    }
}
/** `owner/repo`. ex. 'octo-org/octo-repo' -> { owner: 'octo-org', repo: 'octo-repo' } */
function parseRepository(label, text) {
    const m = /^([A-Za-z0-9_.-]+)\/([A-Za-z0-9_.-]+)$/.exec(text);
    if (!m || m[2] === '.' || m[2] === '..') {
        throw new OptionError(label, text, 'the format {owner}/{repo}');
    }
    return { owner: m[1] ?? '', repo: m[2] ?? '' };
}
/** A workflow run id. ex. '29679449' -> 29679449 */
function parseRunId(label, text) {
    const id = positiveInteger(text);
    if (id === null)
        throw new OptionError(label, text, 'a workflow run id: a positive whole number');
    return id;
}
/** A job id, or null when empty (GitHub Enterprise Server has none to give). */
function parseJobId(label, text) {
    if (text === '')
        return null;
    const id = positiveInteger(text);
    if (id === null) {
        throw new OptionError(label, text, 'empty or a numeric job id (`${{ job.check_run_id }}`)');
    }
    return id;
}
/** Log lines per failed job. ex. '30' -> 30 */
function parseLogLines(label, text) {
    if (!/^\d+$/.test(text) || Number(text) > 10_000) {
        throw new OptionError(label, text, 'a whole number from 0 to 10000');
    }
    return Number(text);
}
/** `failed`, `all` or `none`, in any case. */
function parseSteps(label, text) {
    const lower = text.toLowerCase();
    if (lower !== 'failed' && lower !== 'all' && lower !== 'none') {
        throw new OptionError(label, text, 'one of failed, all, none');
    }
    return lower;
}
function positiveInteger(text) {
    if (!/^\d+$/.test(text))
        return null;
    const n = Number(text);
    return n >= 1 && Number.isSafeInteger(n) ? n : null;
}
/** `latest`, `all` or an attempt number. ex. '2' -> 2 */
function parseAttempt(label, text) {
    const lower = text.toLowerCase();
    if (lower === 'latest' || lower === 'all')
        return lower;
    const n = positiveInteger(text);
    if (n === null) {
        throw new OptionError(label, text, 'latest, all, or an attempt number (1, 2, …)');
    }
    return n;
}
/**
 * The YAML 1.2 core schema's booleans, as the toolkit's getBooleanInput
 * accepts them; empty takes the default (an explicit `''` in `with:`).
 */
function parseBoolean(label, text, fallback) {
    if (text === '')
        return fallback;
    if (['true', 'True', 'TRUE'].includes(text))
        return true;
    if (['false', 'False', 'FALSE'].includes(text))
        return false;
    throw new OptionError(label, text, 'true or false');
}
const UNIT_MS = { ms: 1, s: 1000, m: 60_000, h: 3_600_000 };
/**
 * A duration in milliseconds: `90s` → 90000, `15m`, `1h`, `1h30m`, or plain
 * seconds (`45` → 45000).
 */
function parseDuration(label, text) {
    const t = text.trim().toLowerCase();
    let ms = null;
    if (/^\d+(\.\d+)?$/.test(t)) {
        ms = Number(t) * 1000;
    }
    else if (/^(\d+(\.\d+)?(ms|h|m|s))+$/.test(t)) {
        ms = 0;
        for (const [, n, unit] of t.matchAll(/(\d+(?:\.\d+)?)(ms|h|m|s)/g)) {
            ms += Number(n) * (UNIT_MS[unit ?? 's'] ?? 1000);
        }
    }
    if (ms === null || !Number.isFinite(ms) || ms <= 0 || ms > 7 * 24 * 3_600_000) {
        throw new OptionError(label, text, 'a duration such as 90s, 15m, 1h, 1h30m or plain seconds (above 0, at most a week)');
    }
    return Math.round(ms);
}
/** Conclusions, comma- or newline-separated; `unsuccessful` expands. */
function parseConclusions(label, text) {
    const out = new Set();
    for (const raw of text.split(/[\n,]/)) {
        const word = raw.trim().toLowerCase();
        if (word === '')
            continue;
        if (word === 'unsuccessful') {
            UNSUCCESSFUL.forEach((c) => out.add(c));
        }
        else if (CONCLUSIONS.includes(word)) {
            out.add(word);
        }
        else {
            throw new OptionError(label, raw.trim(), `conclusions separated by commas or newlines, each one of unsuccessful, ${CONCLUSIONS.join(', ')}`);
        }
    }
    return [...out];
}
/** One pattern per line; blank lines and surrounding spaces are dropped. */
function parsePatterns(label, text) {
    const lines = text
        .split(/\r?\n/)
        .map((l) => l.trim())
        .filter((l) => l !== '');
    for (const line of lines) {
        if (line === '!')
            throw new OptionError(label, line, 'a job-name pattern after `!`');
    }
    return lines;
}

;// CONCATENATED MODULE: ./package.json
const package_namespaceObject = {"rE":"0.1.0"};
;// CONCATENATED MODULE: ./src/cli/args.ts
// The command line: positionals and flags read and checked with the rules
// the action's inputs follow (model/options.ts), named as the user typed
// them. Pure but for the package version: argv and the environment in,
// options or a usage error out.




const args_VERSION = package_namespaceObject.rE;
/** Exit statuses, as the action's step: 0 ok, 1 failed; 2 is the CLI's own. */
const EXIT = { ok: 0, failed: 1, usage: 2 };
const FORMATS = ['text', 'markdown', 'json'];
const HELP = `runlens ${package_namespaceObject.rE}: the jobs of a GitHub Actions run, their conclusions,
timings and failing log lines.

Usage:
  runlens OWNER/REPO RUN_ID [options]
  runlens RUN_URL [options]
      RUN_URL: https://github.com/OWNER/REPO/actions/runs/RUN_ID[/attempts/N]

Options:
  --attempt N|all|latest   the jobs of one attempt, of every attempt, or of the
                           latest (default)
  --jobs PATTERN           job names to report, with * and ? wildcards; a
                           leading ! leaves names out; repeat for more
  --format FORMAT          text: a table for the terminal (default)
                           markdown: the action's job summary
                           json: the action's report file
  --fail-on LIST           exit 1 when a reported job ended with one of these
                           conclusions, comma-separated; unsuccessful means all
                           but success, skipped and neutral
  --allow-failure PATTERN  jobs that never make --fail-on exit 1; repeat for more
  --steps failed|all|none  whose steps are listed (default: failed)
  --log-lines N            failing log lines shown per failed job (default: 30;
                           0 downloads no logs)
  --no-timeline            no mermaid timeline in the markdown
  --color auto|always|never
                           colour in the text format (default auto: on a
                           terminal, unless NO_COLOR is set)
  --token TOKEN            the token to send; needed for a run on another host
                           than GITHUB_API_URL's (a token from the environment
                           is sent only to that host)
  -h, --help               this help
  --version                runlens's version

Environment:
  GITHUB_TOKEN, GH_TOKEN   a token that may read the repository's Actions
                           (fine-grained: Actions read; classic: repo). Without
                           one, runlens asks the GitHub CLI: gh auth token
  GITHUB_API_URL           the API (default https://api.github.com; GitHub
                           Enterprise Server: https://HOST/api/v3)
  GITHUB_SERVER_URL        the web address in links (default: from the API's)
  NO_COLOR                 no colour

Exit status: 0 reported; 1 an error, or a job with a --fail-on conclusion;
2 bad usage.
`;
/** A message for the user and the exit status that goes with it; never a stack. */
class CliError extends Error {
    exitCode;
    constructor(message, exitCode) {
        super(message);
        this.exitCode = exitCode;
        this.name = 'CliError';
    }
}
const usageError = (message) => new CliError(`${message}\nSee: runlens --help`, EXIT.usage);
const OPTIONS = {
    attempt: { type: 'string' },
    jobs: { type: 'string', multiple: true },
    format: { type: 'string' },
    'fail-on': { type: 'string' },
    'allow-failure': { type: 'string', multiple: true },
    steps: { type: 'string' },
    'log-lines': { type: 'string' },
    'no-timeline': { type: 'boolean' },
    color: { type: 'string' },
    token: { type: 'string' },
    help: { type: 'boolean', short: 'h' },
    version: { type: 'boolean' }
};
/** What the command line asks for; throws a usage CliError, or returns 'help' / 'version'. */
function parseCommandLine(argv, env) {
    let parsed;
    try {
        parsed = (0,external_node_util_namespaceObject.parseArgs)({ args: argv, options: OPTIONS, allowPositionals: true, strict: true });
    }
    catch (error) {
        // node:util's messages explain `--` for positionals; the first sentence is enough.
        const message = error instanceof Error ? error.message : String(error);
        throw usageError(message.split(/(?<=\.) /)[0] ?? message);
    }
    const { values, positionals } = parsed;
    if (values.help)
        return 'help';
    if (values.version)
        return 'version';
    try {
        return options(values, positionals, env);
    }
    catch (error) {
        if (error instanceof OptionError)
            throw usageError(error.message);
        throw error;
    }
}
function options(values, positionals, env) {
    let repository;
    let runId;
    let attempt = values.attempt;
    let apiUrl = env.GITHUB_API_URL;
    let serverUrl = env.GITHUB_SERVER_URL;
    const fromUrl = positionals.length === 1 ? parseRunUrl(positionals[0] ?? '') : null;
    if (fromUrl) {
        repository = fromUrl.repository;
        runId = fromUrl.runId;
        attempt ??= fromUrl.attempt;
        // A run page of another server is read from that server's API.
        serverUrl ||= fromUrl.serverUrl;
        apiUrl ||= apiUrlOf(fromUrl.serverUrl);
    }
    else if (positionals.length === 2) {
        repository = positionals[0] ?? '';
        runId = positionals[1] ?? '';
    }
    else {
        throw usageError(positionals.length === 0
            ? 'Missing OWNER/REPO and RUN_ID.'
            : positionals.length === 1
                ? `Missing RUN_ID after '${logText(positionals[0] ?? '')}' (or give the run's web address).`
                : `Too many arguments: ${positionals.map((p) => `'${logText(p)}'`).join(' ')}.`);
    }
    const format = values.format ?? 'text';
    if (!FORMATS.includes(format)) {
        throw usageError(`Invalid --format: '${logText(format)}'. Expected text, markdown or json.`);
    }
    const color = values.color ?? 'auto';
    if (color !== 'auto' && color !== 'always' && color !== 'never') {
        throw usageError(`Invalid --color: '${logText(color)}'. Expected auto, always or never.`);
    }
    const api = (apiUrl || 'https://api.github.com').replace(/\/+$/, '');
    const { owner, repo } = parseRepository('OWNER/REPO', repository);
    return {
        run: {
            owner,
            repo,
            id: parseRunId('RUN_ID', runId),
            attempt: parseAttempt('--attempt', attempt ?? 'latest')
        },
        jobs: parsePatterns('--jobs', (values.jobs ?? []).join('\n')),
        failOn: parseConclusions('--fail-on', values['fail-on'] ?? ''),
        allowFailure: parsePatterns('--allow-failure', (values['allow-failure'] ?? []).join('\n')),
        steps: parseSteps('--steps', values.steps ?? 'failed'),
        logLines: parseLogLines('--log-lines', values['log-lines'] ?? '30'),
        timeline: !values['no-timeline'],
        format: format,
        color,
        apiUrl: api,
        serverUrl: (serverUrl || serverUrlOf(api)).replace(/\/+$/, ''),
        ...(values.token !== undefined ? { token: values.token } : {})
    };
}
/**
 * A run's web address.
 * ex. "https://github.com/o/r/actions/runs/5/attempts/2" -> { repository: 'o/r', runId: '5', attempt: '2', serverUrl: 'https://github.com' }
 */
function parseRunUrl(text) {
    let url;
    try {
        url = new URL(text);
    }
    catch {
        return null;
    }
    if (url.protocol !== 'https:' && url.protocol !== 'http:')
        return null;
    const m = /^\/([^/]+)\/([^/]+)\/actions\/runs\/(\d+)(?:\/attempts\/(\d+))?(?:\/|$)/.exec(url.pathname);
    if (!m)
        return null;
    return {
        repository: `${m[1] ?? ''}/${m[2] ?? ''}`,
        runId: m[3] ?? '',
        ...(m[4] ? { attempt: m[4] } : {}),
        serverUrl: url.origin
    };
}
/** ex. "https://github.com" -> "https://api.github.com", "https://ghe.example" -> "https://ghe.example/api/v3" */
function apiUrlOf(serverUrl) {
    return serverUrl === 'https://github.com' ? 'https://api.github.com' : `${serverUrl}/api/v3`;
}
/** ex. "https://api.github.com" -> "https://github.com", "https://ghe.example/api/v3" -> "https://ghe.example" */
function serverUrlOf(apiUrl) {
    if (apiUrl === 'https://api.github.com')
        return 'https://github.com';
    const ghes = /^(https?:\/\/[^/]+)\/api\/v3$/.exec(apiUrl);
    return ghes?.[1] ?? 'https://github.com';
}

;// CONCATENATED MODULE: ./src/cli/terminal.ts


/** Writes to stderr; on a terminal, one progress line redrawn in place. */
class Progress {
    tty;
    text = '';
    constructor(tty) {
        this.tty = tty;
    }
    /** Replaces the progress line (terminals only: a pipe or a log gets no progress). */
    update(text) {
        if (!this.tty)
            return;
        this.text = logText(text);
        process.stderr.write(`\r\x1b[K${this.text}`);
    }
    /** Removes the progress line for good. */
    clear() {
        if (this.text === '')
            return;
        process.stderr.write('\r\x1b[K');
        this.text = '';
    }
    /** A line that stays (a warning, a retry), with the progress line drawn again below it. */
    line(text) {
        const shown = this.text;
        this.clear();
        process.stderr.write(`runlens: ${logText(text)}\n`);
        if (shown)
            this.update(shown);
    }
}
/** Reports each page of jobs as it arrives. */
function showPages(octokit, progress, runId) {
    let listed = 0;
    let pages = 0;
    octokit.hook.after('request', (response) => {
        const data = response.data;
        if (typeof data?.total_count !== 'number' || !Array.isArray(data.jobs))
            return;
        pages++;
        listed += data.jobs.length;
        progress.update(`Reading the jobs of run ${runId}: ${plural(pages, 'page')}, ${listed} of ${data.total_count} jobs…`);
    });
}
/** `auto`: on a terminal, unless NO_COLOR is set (https://no-color.org) or TERM is dumb. */
function useColor(mode, env) {
    if (mode !== 'auto')
        return mode === 'always';
    return process.stdout.isTTY === true && !env.NO_COLOR && env.TERM !== 'dumb';
}
/**
 * The summary, safe to print in a workflow's log: a log line of a failed
 * job, shown in a code block, may read `::error::…`; a zero-width space after
 * its first colon keeps the runner from acting on it, and renders as nothing.
 */
function inertMarkdown(md) {
    return md.replace(/^(\s*):(?=:)/gm, '$1:\u200b').replace(/#(?=#\[)/g, '#\u200b');
}

;// CONCATENATED MODULE: external "node:child_process"
const external_node_child_process_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");
;// CONCATENATED MODULE: ./src/cli/token.ts
// The token the CLI sends, and where it may go. A token from the
// environment (GITHUB_TOKEN, GH_TOKEN) is meant for the configured API
// (GITHUB_API_URL, else api.github.com): a run address that names another
// host must not receive it, or `runlens https://evil.example/o/r/actions/runs/1`
// would hand it to that host. There, only `--token` given on purpose is sent.
// The GitHub CLI keeps a token per host, and is asked for the host read.


const LOOPBACK = new Set(['localhost', '127.0.0.1', '[::1]']);
/**
 * The token for `apiUrl`: `--token`, else GITHUB_TOKEN or GH_TOKEN when
 * apiUrl is the configured API, else the GitHub CLI's token for its host.
 * Plain http is refused but on loopback: the token would cross the network
 * in clear.
 */
function findToken(env, apiUrl, given) {
    const target = new URL(apiUrl);
    if (target.protocol === 'http:' && !LOOPBACK.has(target.hostname)) {
        throw usageError(`Refusing to send a token over plain http to ${target.host}: use https (plain http is accepted on loopback only).`);
    }
    if (given !== undefined) {
        if (given.trim() === '')
            throw usageError('Invalid --token: it is empty.');
        return { value: given.trim(), source: '--token' };
    }
    const configured = new URL(env.GITHUB_API_URL || 'https://api.github.com');
    const envToken = ['GITHUB_TOKEN', 'GH_TOKEN'].find((name) => env[name]?.trim());
    if (envToken) {
        if (target.origin === configured.origin) {
            return { value: env[envToken]?.trim() ?? '', source: envToken };
        }
        throw usageError(`The run is on ${target.host}, but ${envToken} is sent only to ${configured.host} (GITHUB_API_URL). ` +
            `Pass --token for ${target.host}, or set GITHUB_API_URL to its API.`);
    }
    return ghToken(env, apiUrl);
}
/** The GitHub CLI's token for the API's host (`gh auth token --hostname github.com`). */
function ghToken(env, apiUrl) {
    const host = ghHost(apiUrl);
    const gh = (0,external_node_child_process_namespaceObject.spawnSync)('gh', ['auth', 'token', '--hostname', host], {
        encoding: 'utf8',
        env,
        timeout: 10_000,
        stdio: ['ignore', 'pipe', 'pipe']
    });
    const value = gh.stdout?.trim() ?? '';
    if (!gh.error && gh.status === 0 && value !== '')
        return { value, source: '`gh auth token`' };
    const ask = 'Set GITHUB_TOKEN to a token that may read the repository’s Actions (fine-grained: Actions read; classic: repo scope)';
    if (gh.error && 'code' in gh.error && gh.error.code === 'ENOENT') {
        throw new CliError(`No token: neither GITHUB_TOKEN nor GH_TOKEN is set, and the GitHub CLI (gh) is not installed. ${ask}, or install gh and run gh auth login.`, EXIT.failed);
    }
    throw new CliError(`No token: neither GITHUB_TOKEN nor GH_TOKEN is set, and \`gh auth token --hostname ${host}\` gave none. ${ask}, or run gh auth login --hostname ${host}.`, EXIT.failed);
}
/** The host `gh` knows the API by. ex. "https://api.github.com" -> "github.com" */
function ghHost(apiUrl) {
    const host = new URL(apiUrl).hostname;
    return host === 'api.github.com' ? 'github.com' : host;
}

;// CONCATENATED MODULE: ./src/cli/main.ts
// `runlens OWNER/REPO RUN_ID`: the action's report of a run, in a terminal.
// The CLI's edge around the same report pipeline as the action: arguments,
// environment, token and terminal in; text, Markdown or JSON out, and an
// exit status. It never imports @actions/core: what it prints is for people
// (and for pipes), and no API text ever reaches stdout where a runner would
// read it as a `::command::`.










/** The flags as messages name them. */
const NAMES = { jobs: '--jobs', jobId: '--job-id', wait: '--wait', failOn: '--fail-on', jobKey: '' };
/** Runs the command; resolves to the exit status. Never throws. */
async function main(argv = process.argv.slice(2), env = process.env) {
    const progress = new Progress(process.stderr.isTTY === true);
    let where = { owner: '', repo: '', runId: 0 };
    let tokenSource = 'GITHUB_TOKEN';
    // Ctrl-C ends the process as usual; nothing waits long enough to report on a cancel yet.
    const cancel = new AbortController();
    try {
        const cmd = parseCommandLine(argv, env);
        if (cmd === 'help') {
            process.stdout.write(HELP);
            return EXIT.ok;
        }
        if (cmd === 'version') {
            process.stdout.write(`${args_VERSION}\n`);
            return EXIT.ok;
        }
        const { run, format } = cmd;
        where = { owner: run.owner, repo: run.repo, runId: run.id };
        const token = findToken(env, cmd.apiUrl, cmd.token);
        tokenSource = token.source;
        const octokit = createClient({
            token: token.value,
            baseUrl: cmd.apiUrl,
            warn: (m) => progress.line(`warning: ${m}`),
            info: (m) => progress.line(m)
        });
        showPages(octokit, progress, run.id);
        progress.update(`Reading the jobs of run ${run.id}…`);
        const now = () => Date.now();
        const result = await reportRun({
            run,
            jobs: cmd.jobs,
            failOn: cmd.failOn,
            allowFailure: cmd.allowFailure,
            wait: null,
            // The JSON report has no log lines, so it reads none.
            logLines: format === 'json' ? 0 : cmd.logLines,
            current: { jobId: null, runnerName: '', ownRun: false }
        }, {
            octokit,
            urls: { apiUrl: cmd.apiUrl, serverUrl: cmd.serverUrl },
            now,
            sleep: (ms, signal) => (0,promises_namespaceObject.setTimeout)(ms, undefined, { signal }).catch(() => undefined),
            signal: cancel.signal,
            notes: {
                info: (line) => progress.update(line),
                warning: (w) => progress.line(`warning: ${w}`)
            },
            names: NAMES
        });
        progress.clear();
        const { report, logs } = result;
        if (format === 'json') {
            process.stdout.write(`${reportFileJson(report)}\n`);
        }
        else if (format === 'markdown') {
            const summary = renderSummary(report, {
                steps: cmd.steps,
                now: now(),
                timeline: cmd.timeline,
                ...(logs && logs.excerpts.size > 0 ? { logs } : {})
            });
            process.stdout.write(inertMarkdown(summary));
        }
        else {
            const paint = painter(useColor(cmd.color, env));
            const excerpts = logs?.excerpts ?? new Map();
            process.stdout.write(renderText(report, { paint, now: now(), steps: cmd.steps, excerpts }));
        }
        const verdict = gateMessage(result.gate, NAMES);
        if (verdict) {
            process.stderr.write(`runlens: ${verdict}\n`);
            return EXIT.failed;
        }
        return EXIT.ok;
    }
    catch (error) {
        progress.clear();
        if (error instanceof CliError) {
            process.stderr.write(`runlens: ${error.message}\n`);
            return error.exitCode;
        }
        const message = explainError(error, where)
            // The action's wording names its inputs; here the token came from elsewhere.
            .replace(/the github-token input/g, `the token (from ${tokenSource})`)
            .replace(/\brepository and run-id\b/g, 'OWNER/REPO and RUN_ID')
            .replace(/\s*\n\s*/g, ' ');
        process.stderr.write(`runlens: ${message}\n`);
        return EXIT.failed;
    }
}


/***/ }),

/***/ 613:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("assert");

/***/ }),

/***/ 434:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("events");

/***/ }),

/***/ 611:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("http");

/***/ }),

/***/ 692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("https");

/***/ }),

/***/ 278:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("net");

/***/ }),

/***/ 877:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:v8");

/***/ }),

/***/ 756:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tls");

/***/ }),

/***/ 23:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("util");

/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId](module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/async module */
/******/ (() => {
/******/ 	var webpackQueues = typeof Symbol === "function" ? Symbol("webpack queues") : "__webpack_queues__";
/******/ 	var webpackExports = typeof Symbol === "function" ? Symbol("webpack exports") : "__webpack_exports__";
/******/ 	var webpackError = typeof Symbol === "function" ? Symbol("webpack error") : "__webpack_error__";
/******/ 	var resolveQueue = (queue) => {
/******/ 		if(queue && queue.d < 1) {
/******/ 			queue.d = 1;
/******/ 			queue.forEach((fn) => (fn.r--));
/******/ 			queue.forEach((fn) => (fn.r-- ? fn.r++ : fn()));
/******/ 		}
/******/ 	}
/******/ 	var wrapDeps = (deps) => (deps.map((dep) => {
/******/ 		if(dep !== null && typeof dep === "object") {
/******/ 			if(dep[webpackQueues]) return dep;
/******/ 			if(dep.then) {
/******/ 				var queue = [];
/******/ 				queue.d = 0;
/******/ 				dep.then((r) => {
/******/ 					obj[webpackExports] = r;
/******/ 					resolveQueue(queue);
/******/ 				}, (e) => {
/******/ 					obj[webpackError] = e;
/******/ 					resolveQueue(queue);
/******/ 				});
/******/ 				var obj = {};
/******/ 				obj[webpackQueues] = (fn) => (fn(queue));
/******/ 				return obj;
/******/ 			}
/******/ 		}
/******/ 		var ret = {};
/******/ 		ret[webpackQueues] = x => {};
/******/ 		ret[webpackExports] = dep;
/******/ 		return ret;
/******/ 	}));
/******/ 	__nccwpck_require__.a = (module, body, hasAwait) => {
/******/ 		var queue;
/******/ 		hasAwait && ((queue = []).d = -1);
/******/ 		var depQueues = new Set();
/******/ 		var exports = module.exports;
/******/ 		var currentDeps;
/******/ 		var outerResolve;
/******/ 		var reject;
/******/ 		var promise = new Promise((resolve, rej) => {
/******/ 			reject = rej;
/******/ 			outerResolve = resolve;
/******/ 		});
/******/ 		promise[webpackExports] = exports;
/******/ 		promise[webpackQueues] = (fn) => (queue && fn(queue), depQueues.forEach(fn), promise["catch"](x => {}));
/******/ 		module.exports = promise;
/******/ 		body((deps) => {
/******/ 			currentDeps = wrapDeps(deps);
/******/ 			var fn;
/******/ 			var getResult = () => (currentDeps.map((d) => {
/******/ 				if(d[webpackError]) throw d[webpackError];
/******/ 				return d[webpackExports];
/******/ 			}))
/******/ 			var promise = new Promise((resolve) => {
/******/ 				fn = () => (resolve(getResult));
/******/ 				fn.r = 0;
/******/ 				var fnQueue = (q) => (q !== queue && !depQueues.has(q) && (depQueues.add(q), q && !q.d && (fn.r++, q.push(fn))));
/******/ 				currentDeps.map((dep) => (dep[webpackQueues](fnQueue)));
/******/ 			});
/******/ 			return fn.r ? promise : getResult();
/******/ 		}, (err) => ((err ? reject(promise[webpackError] = err) : outerResolve(exports)), resolveQueue(queue)));
/******/ 		queue && queue.d < 0 && (queue.d = 0);
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/compat get default export */
/******/ (() => {
/******/ 	// getDefaultExport function for compatibility with non-harmony modules
/******/ 	__nccwpck_require__.n = (module) => {
/******/ 		var getter = module && module.__esModule ?
/******/ 			() => (module['default']) :
/******/ 			() => (module);
/******/ 		__nccwpck_require__.d(getter, { a: getter });
/******/ 		return getter;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/create fake namespace object */
/******/ (() => {
/******/ 	var getProto = Object.getPrototypeOf ? (obj) => (Object.getPrototypeOf(obj)) : (obj) => (obj.__proto__);
/******/ 	var leafPrototypes;
/******/ 	// create a fake namespace object
/******/ 	// mode & 1: value is a module id, require it
/******/ 	// mode & 2: merge all properties of value into the ns
/******/ 	// mode & 4: return value when already ns object
/******/ 	// mode & 16: return value when it's Promise-like
/******/ 	// mode & 8|1: behave like require
/******/ 	__nccwpck_require__.t = function(value, mode) {
/******/ 		if(mode & 1) value = this(value);
/******/ 		if(mode & 8) return value;
/******/ 		if(typeof value === 'object' && value) {
/******/ 			if((mode & 4) && value.__esModule) return value;
/******/ 			if((mode & 16) && typeof value.then === 'function') return value;
/******/ 		}
/******/ 		var ns = Object.create(null);
/******/ 		__nccwpck_require__.r(ns);
/******/ 		var def = {};
/******/ 		leafPrototypes = leafPrototypes || [null, getProto({}), getProto([]), getProto(getProto)];
/******/ 		for(var current = mode & 2 && value; typeof current == 'object' && !~leafPrototypes.indexOf(current); current = getProto(current)) {
/******/ 			Object.getOwnPropertyNames(current).forEach((key) => (def[key] = () => (value[key])));
/******/ 		}
/******/ 		def['default'] = () => (value);
/******/ 		__nccwpck_require__.d(ns, def);
/******/ 		return ns;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/******/ /* webpack/runtime/make namespace object */
/******/ (() => {
/******/ 	// define __esModule on exports
/******/ 	__nccwpck_require__.r = (exports) => {
/******/ 		if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 			Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 		}
/******/ 		Object.defineProperty(exports, '__esModule', { value: true });
/******/ 	};
/******/ })();
/******/ 
/************************************************************************/
/******/ 
/******/ // startup
/******/ // Load entry module and return exports
/******/ // This entry module used 'module' so it can't be inlined
/******/ var __webpack_exports__ = __nccwpck_require__(486);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 

//# sourceMappingURL=index.js.map
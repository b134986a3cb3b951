/*eslint-disable block-scoped-var, id-length, no-control-regex, no-magic-numbers, no-mixed-operators, no-prototype-builtins, no-redeclare, no-shadow, no-var, sort-vars, default-case, jsdoc/require-param*/
import $protobuf from "protobufjs/minimal.js";

// Common aliases
const $Reader = $protobuf.Reader, $Writer = $protobuf.Writer, $util = $protobuf.util;
const $Object = $util.global.Object, $undefined = $util.global.undefined, $Error = $util.global.Error, $RangeError = $util.global.RangeError;

// Exported root namespace
const $root = $protobuf.roots["default"] || ($protobuf.roots["default"] = {});

export const swarmllm = $root.swarmllm = (() => {

    /**
     * Namespace swarmllm.
     * @exports swarmllm
     * @namespace
     */
    const swarmllm = {};

    swarmllm.v1 = (function() {

        /**
         * Namespace v1.
         * @memberof swarmllm
         * @namespace
         */
        const v1 = {};

        v1.Envelope = (function() {

            /**
             * Properties of an Envelope.
             * @typedef {Object} swarmllm.v1.Envelope.$Properties
             * @property {number|null} [version] Envelope version
             * @property {number|null} [sentAtMs] Envelope sentAtMs
             * @property {swarmllm.v1.Capability.$Properties|null} [capability] Envelope capability
             * @property {swarmllm.v1.Query.$Properties|null} [query] Envelope query
             * @property {swarmllm.v1.Answer.$Properties|null} [answer] Envelope answer
             * @property {swarmllm.v1.SummonRequest.$Properties|null} [summonRequest] Envelope summonRequest
             * @property {swarmllm.v1.SummonResult.$Properties|null} [summonResult] Envelope summonResult
             * @property {swarmllm.v1.Leave.$Properties|null} [leave] Envelope leave
             * @property {swarmllm.v1.Cancel.$Properties|null} [cancel] Envelope cancel
             * @property {swarmllm.v1.Ack.$Properties|null} [ack] Envelope ack
             * @property {swarmllm.v1.Verdict.$Properties|null} [verdict] Envelope verdict
             * @property {swarmllm.v1.EmbedRequest.$Properties|null} [embedRequest] Envelope embedRequest
             * @property {swarmllm.v1.EmbedResult.$Properties|null} [embedResult] Envelope embedResult
             * @property {"capability"|"query"|"answer"|"summonRequest"|"summonResult"|"leave"|"cancel"|"ack"|"verdict"|"embedRequest"|"embedResult"} [body] Envelope body
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an Envelope.
             * @memberof swarmllm.v1
             * @interface IEnvelope
             * @augments swarmllm.v1.Envelope.$Properties
             * @deprecated Use swarmllm.v1.Envelope.$Properties instead.
             */

            /**
             * Narrowed shape of an Envelope.
             * @typedef {{
             *   version?: number|null;
             *   sentAtMs?: number|null;
             *   capability?: swarmllm.v1.Capability.$Shape|null;
             *   query?: swarmllm.v1.Query.$Shape|null;
             *   answer?: swarmllm.v1.Answer.$Shape|null;
             *   summonRequest?: swarmllm.v1.SummonRequest.$Shape|null;
             *   summonResult?: swarmllm.v1.SummonResult.$Shape|null;
             *   leave?: swarmllm.v1.Leave.$Shape|null;
             *   cancel?: swarmllm.v1.Cancel.$Shape|null;
             *   ack?: swarmllm.v1.Ack.$Shape|null;
             *   verdict?: swarmllm.v1.Verdict.$Shape|null;
             *   embedRequest?: swarmllm.v1.EmbedRequest.$Shape|null;
             *   embedResult?: swarmllm.v1.EmbedResult.$Shape|null;
             *   $unknowns?: Array.<Uint8Array>;
             * } & (
             *   ({ body?: undefined; capability?: null; query?: null; answer?: null; summonRequest?: null; summonResult?: null; leave?: null; cancel?: null; ack?: null; verdict?: null; embedRequest?: null; embedResult?: null }|{ body?: "capability"; capability: swarmllm.v1.Capability.$Shape; query?: null; answer?: null; summonRequest?: null; summonResult?: null; leave?: null; cancel?: null; ack?: null; verdict?: null; embedRequest?: null; embedResult?: null }|{ body?: "query"; capability?: null; query: swarmllm.v1.Query.$Shape; answer?: null; summonRequest?: null; summonResult?: null; leave?: null; cancel?: null; ack?: null; verdict?: null; embedRequest?: null; embedResult?: null }|{ body?: "answer"; capability?: null; query?: null; answer: swarmllm.v1.Answer.$Shape; summonRequest?: null; summonResult?: null; leave?: null; cancel?: null; ack?: null; verdict?: null; embedRequest?: null; embedResult?: null }|{ body?: "summonRequest"; capability?: null; query?: null; answer?: null; summonRequest: swarmllm.v1.SummonRequest.$Shape; summonResult?: null; leave?: null; cancel?: null; ack?: null; verdict?: null; embedRequest?: null; embedResult?: null }|{ body?: "summonResult"; capability?: null; query?: null; answer?: null; summonRequest?: null; summonResult: swarmllm.v1.SummonResult.$Shape; leave?: null; cancel?: null; ack?: null; verdict?: null; embedRequest?: null; embedResult?: null }|{ body?: "leave"; capability?: null; query?: null; answer?: null; summonRequest?: null; summonResult?: null; leave: swarmllm.v1.Leave.$Shape; cancel?: null; ack?: null; verdict?: null; embedRequest?: null; embedResult?: null }|{ body?: "cancel"; capability?: null; query?: null; answer?: null; summonRequest?: null; summonResult?: null; leave?: null; cancel: swarmllm.v1.Cancel.$Shape; ack?: null; verdict?: null; embedRequest?: null; embedResult?: null }|{ body?: "ack"; capability?: null; query?: null; answer?: null; summonRequest?: null; summonResult?: null; leave?: null; cancel?: null; ack: swarmllm.v1.Ack.$Shape; verdict?: null; embedRequest?: null; embedResult?: null }|{ body?: "verdict"; capability?: null; query?: null; answer?: null; summonRequest?: null; summonResult?: null; leave?: null; cancel?: null; ack?: null; verdict: swarmllm.v1.Verdict.$Shape; embedRequest?: null; embedResult?: null }|{ body?: "embedRequest"; capability?: null; query?: null; answer?: null; summonRequest?: null; summonResult?: null; leave?: null; cancel?: null; ack?: null; verdict?: null; embedRequest: swarmllm.v1.EmbedRequest.$Shape; embedResult?: null }|{ body?: "embedResult"; capability?: null; query?: null; answer?: null; summonRequest?: null; summonResult?: null; leave?: null; cancel?: null; ack?: null; verdict?: null; embedRequest?: null; embedResult: swarmllm.v1.EmbedResult.$Shape })
             * )} swarmllm.v1.Envelope.$Shape
             */

            /**
             * Constructs a new Envelope.
             * @memberof swarmllm.v1
             * @classdesc Represents an Envelope.
             * @constructor
             * @param {swarmllm.v1.Envelope.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Envelope = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * Envelope version.
             * @member {number} version
             * @memberof swarmllm.v1.Envelope
             * @instance
             */
            Envelope.prototype.version = 0;

            /**
             * Envelope sentAtMs.
             * @member {number} sentAtMs
             * @memberof swarmllm.v1.Envelope
             * @instance
             */
            Envelope.prototype.sentAtMs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Envelope capability.
             * @member {swarmllm.v1.Capability.$Properties|null|undefined} capability
             * @memberof swarmllm.v1.Envelope
             * @instance
             */
            Envelope.prototype.capability = null;

            /**
             * Envelope query.
             * @member {swarmllm.v1.Query.$Properties|null|undefined} query
             * @memberof swarmllm.v1.Envelope
             * @instance
             */
            Envelope.prototype.query = null;

            /**
             * Envelope answer.
             * @member {swarmllm.v1.Answer.$Properties|null|undefined} answer
             * @memberof swarmllm.v1.Envelope
             * @instance
             */
            Envelope.prototype.answer = null;

            /**
             * Envelope summonRequest.
             * @member {swarmllm.v1.SummonRequest.$Properties|null|undefined} summonRequest
             * @memberof swarmllm.v1.Envelope
             * @instance
             */
            Envelope.prototype.summonRequest = null;

            /**
             * Envelope summonResult.
             * @member {swarmllm.v1.SummonResult.$Properties|null|undefined} summonResult
             * @memberof swarmllm.v1.Envelope
             * @instance
             */
            Envelope.prototype.summonResult = null;

            /**
             * Envelope leave.
             * @member {swarmllm.v1.Leave.$Properties|null|undefined} leave
             * @memberof swarmllm.v1.Envelope
             * @instance
             */
            Envelope.prototype.leave = null;

            /**
             * Envelope cancel.
             * @member {swarmllm.v1.Cancel.$Properties|null|undefined} cancel
             * @memberof swarmllm.v1.Envelope
             * @instance
             */
            Envelope.prototype.cancel = null;

            /**
             * Envelope ack.
             * @member {swarmllm.v1.Ack.$Properties|null|undefined} ack
             * @memberof swarmllm.v1.Envelope
             * @instance
             */
            Envelope.prototype.ack = null;

            /**
             * Envelope verdict.
             * @member {swarmllm.v1.Verdict.$Properties|null|undefined} verdict
             * @memberof swarmllm.v1.Envelope
             * @instance
             */
            Envelope.prototype.verdict = null;

            /**
             * Envelope embedRequest.
             * @member {swarmllm.v1.EmbedRequest.$Properties|null|undefined} embedRequest
             * @memberof swarmllm.v1.Envelope
             * @instance
             */
            Envelope.prototype.embedRequest = null;

            /**
             * Envelope embedResult.
             * @member {swarmllm.v1.EmbedResult.$Properties|null|undefined} embedResult
             * @memberof swarmllm.v1.Envelope
             * @instance
             */
            Envelope.prototype.embedResult = null;

            // OneOf field names bound to virtual getters and setters
            let $oneOfFields;

            /**
             * Envelope body.
             * @member {"capability"|"query"|"answer"|"summonRequest"|"summonResult"|"leave"|"cancel"|"ack"|"verdict"|"embedRequest"|"embedResult"|undefined} body
             * @memberof swarmllm.v1.Envelope
             * @instance
             */
            $Object.defineProperty(Envelope.prototype, "body", {
                get: $util.oneOfGetter($oneOfFields = ["capability", "query", "answer", "summonRequest", "summonResult", "leave", "cancel", "ack", "verdict", "embedRequest", "embedResult"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            /**
             * Creates a new Envelope instance using the specified properties.
             * @function create
             * @memberof swarmllm.v1.Envelope
             * @static
             * @param {swarmllm.v1.Envelope.$Properties=} [properties] Properties to set
             * @returns {swarmllm.v1.Envelope} Envelope instance
             * @type {{
             *   (properties: swarmllm.v1.Envelope.$Shape): swarmllm.v1.Envelope & swarmllm.v1.Envelope.$Shape;
             *   (properties?: swarmllm.v1.Envelope.$Properties): swarmllm.v1.Envelope;
             * }}
             */
            Envelope.create = function(properties) {
                return new Envelope(properties);
            };

            /**
             * Encodes the specified Envelope message. Does not implicitly {@link swarmllm.v1.Envelope.verify|verify} messages.
             * @function encode
             * @memberof swarmllm.v1.Envelope
             * @static
             * @param {swarmllm.v1.Envelope.$Properties} m Envelope message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Envelope.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.version != null && $Object.hasOwnProperty.call(m, "version") && m.version !== 0)
                    w.uint32(/* id 1, wireType 0 =*/8).uint32(m.version);
                if (m.sentAtMs != null && $Object.hasOwnProperty.call(m, "sentAtMs") && (typeof m.sentAtMs === "object" ? m.sentAtMs.low || m.sentAtMs.high : m.sentAtMs !== 0))
                    w.uint32(/* id 2, wireType 0 =*/16).uint64(m.sentAtMs);
                if (m.capability != null && $Object.hasOwnProperty.call(m, "capability"))
                    $root.swarmllm.v1.Capability.encode(m.capability, w.uint32(/* id 10, wireType 2 =*/82).fork(), q + 1).ldelim();
                if (m.query != null && $Object.hasOwnProperty.call(m, "query"))
                    $root.swarmllm.v1.Query.encode(m.query, w.uint32(/* id 11, wireType 2 =*/90).fork(), q + 1).ldelim();
                if (m.answer != null && $Object.hasOwnProperty.call(m, "answer"))
                    $root.swarmllm.v1.Answer.encode(m.answer, w.uint32(/* id 12, wireType 2 =*/98).fork(), q + 1).ldelim();
                if (m.summonRequest != null && $Object.hasOwnProperty.call(m, "summonRequest"))
                    $root.swarmllm.v1.SummonRequest.encode(m.summonRequest, w.uint32(/* id 13, wireType 2 =*/106).fork(), q + 1).ldelim();
                if (m.summonResult != null && $Object.hasOwnProperty.call(m, "summonResult"))
                    $root.swarmllm.v1.SummonResult.encode(m.summonResult, w.uint32(/* id 14, wireType 2 =*/114).fork(), q + 1).ldelim();
                if (m.leave != null && $Object.hasOwnProperty.call(m, "leave"))
                    $root.swarmllm.v1.Leave.encode(m.leave, w.uint32(/* id 15, wireType 2 =*/122).fork(), q + 1).ldelim();
                if (m.cancel != null && $Object.hasOwnProperty.call(m, "cancel"))
                    $root.swarmllm.v1.Cancel.encode(m.cancel, w.uint32(/* id 16, wireType 2 =*/130).fork(), q + 1).ldelim();
                if (m.ack != null && $Object.hasOwnProperty.call(m, "ack"))
                    $root.swarmllm.v1.Ack.encode(m.ack, w.uint32(/* id 17, wireType 2 =*/138).fork(), q + 1).ldelim();
                if (m.verdict != null && $Object.hasOwnProperty.call(m, "verdict"))
                    $root.swarmllm.v1.Verdict.encode(m.verdict, w.uint32(/* id 30, wireType 2 =*/242).fork(), q + 1).ldelim();
                if (m.embedRequest != null && $Object.hasOwnProperty.call(m, "embedRequest"))
                    $root.swarmllm.v1.EmbedRequest.encode(m.embedRequest, w.uint32(/* id 40, wireType 2 =*/322).fork(), q + 1).ldelim();
                if (m.embedResult != null && $Object.hasOwnProperty.call(m, "embedResult"))
                    $root.swarmllm.v1.EmbedResult.encode(m.embedResult, w.uint32(/* id 41, wireType 2 =*/330).fork(), q + 1).ldelim();
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Decodes an Envelope message from the specified reader or buffer.
             * @function decode
             * @memberof swarmllm.v1.Envelope
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {swarmllm.v1.Envelope & swarmllm.v1.Envelope.$Shape} Envelope
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Envelope.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.swarmllm.v1.Envelope();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 0)
                                break;
                            if (v = r.uint32())
                                m.version = v;
                            else
                                delete m.version;
                            continue;
                        }
                    case 2: {
                            if (u !== 0)
                                break;
                            if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                                m.sentAtMs = v;
                            else
                                delete m.sentAtMs;
                            continue;
                        }
                    case 10: {
                            if (u !== 2)
                                break;
                            m.capability = $root.swarmllm.v1.Capability.decode(r, r.size(), $undefined, q + 1, m.capability);
                            m.body = "capability";
                            continue;
                        }
                    case 11: {
                            if (u !== 2)
                                break;
                            m.query = $root.swarmllm.v1.Query.decode(r, r.size(), $undefined, q + 1, m.query);
                            m.body = "query";
                            continue;
                        }
                    case 12: {
                            if (u !== 2)
                                break;
                            m.answer = $root.swarmllm.v1.Answer.decode(r, r.size(), $undefined, q + 1, m.answer);
                            m.body = "answer";
                            continue;
                        }
                    case 13: {
                            if (u !== 2)
                                break;
                            m.summonRequest = $root.swarmllm.v1.SummonRequest.decode(r, r.size(), $undefined, q + 1, m.summonRequest);
                            m.body = "summonRequest";
                            continue;
                        }
                    case 14: {
                            if (u !== 2)
                                break;
                            m.summonResult = $root.swarmllm.v1.SummonResult.decode(r, r.size(), $undefined, q + 1, m.summonResult);
                            m.body = "summonResult";
                            continue;
                        }
                    case 15: {
                            if (u !== 2)
                                break;
                            m.leave = $root.swarmllm.v1.Leave.decode(r, r.size(), $undefined, q + 1, m.leave);
                            m.body = "leave";
                            continue;
                        }
                    case 16: {
                            if (u !== 2)
                                break;
                            m.cancel = $root.swarmllm.v1.Cancel.decode(r, r.size(), $undefined, q + 1, m.cancel);
                            m.body = "cancel";
                            continue;
                        }
                    case 17: {
                            if (u !== 2)
                                break;
                            m.ack = $root.swarmllm.v1.Ack.decode(r, r.size(), $undefined, q + 1, m.ack);
                            m.body = "ack";
                            continue;
                        }
                    case 30: {
                            if (u !== 2)
                                break;
                            m.verdict = $root.swarmllm.v1.Verdict.decode(r, r.size(), $undefined, q + 1, m.verdict);
                            m.body = "verdict";
                            continue;
                        }
                    case 40: {
                            if (u !== 2)
                                break;
                            m.embedRequest = $root.swarmllm.v1.EmbedRequest.decode(r, r.size(), $undefined, q + 1, m.embedRequest);
                            m.body = "embedRequest";
                            continue;
                        }
                    case 41: {
                            if (u !== 2)
                                break;
                            m.embedResult = $root.swarmllm.v1.EmbedResult.decode(r, r.size(), $undefined, q + 1, m.embedResult);
                            m.body = "embedResult";
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            /**
             * Gets the type url for Envelope
             * @function getTypeUrl
             * @memberof swarmllm.v1.Envelope
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Envelope.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/swarmllm.v1.Envelope";
            };

            return Envelope;
        })();

        v1.Capability = (function() {

            /**
             * Properties of a Capability.
             * @typedef {Object} swarmllm.v1.Capability.$Properties
             * @property {string|null} [modelId] Capability modelId
             * @property {string|null} [modelFamily] Capability modelFamily
             * @property {number|null} [parameterCount] Capability parameterCount
             * @property {string|null} [quantisation] Capability quantisation
             * @property {number|null} [contextLength] Capability contextLength
             * @property {number|null} [tokensPerSecond] Capability tokensPerSecond
             * @property {number|null} [queueDepth] Capability queueDepth
             * @property {boolean|null} [canSummon] Capability canSummon
             * @property {string|null} [softwareVersion] Capability softwareVersion
             * @property {number|null} [protocolVersion] Capability protocolVersion
             * @property {string|null} [instanceId] Capability instanceId
             * @property {number|null} [announceIntervalMs] Capability announceIntervalMs
             * @property {string|null} [cloudModelId] Capability cloudModelId
             * @property {Array.<string>|null} [addresses] Capability addresses
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Capability.
             * @memberof swarmllm.v1
             * @interface ICapability
             * @augments swarmllm.v1.Capability.$Properties
             * @deprecated Use swarmllm.v1.Capability.$Properties instead.
             */

            /**
             * Shape of a Capability.
             * @typedef {swarmllm.v1.Capability.$Properties} swarmllm.v1.Capability.$Shape
             */

            /**
             * Constructs a new Capability.
             * @memberof swarmllm.v1
             * @classdesc Represents a Capability.
             * @constructor
             * @param {swarmllm.v1.Capability.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Capability = function (p) {
                this.addresses = [];
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * Capability modelId.
             * @member {string} modelId
             * @memberof swarmllm.v1.Capability
             * @instance
             */
            Capability.prototype.modelId = "";

            /**
             * Capability modelFamily.
             * @member {string} modelFamily
             * @memberof swarmllm.v1.Capability
             * @instance
             */
            Capability.prototype.modelFamily = "";

            /**
             * Capability parameterCount.
             * @member {number} parameterCount
             * @memberof swarmllm.v1.Capability
             * @instance
             */
            Capability.prototype.parameterCount = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Capability quantisation.
             * @member {string} quantisation
             * @memberof swarmllm.v1.Capability
             * @instance
             */
            Capability.prototype.quantisation = "";

            /**
             * Capability contextLength.
             * @member {number} contextLength
             * @memberof swarmllm.v1.Capability
             * @instance
             */
            Capability.prototype.contextLength = 0;

            /**
             * Capability tokensPerSecond.
             * @member {number} tokensPerSecond
             * @memberof swarmllm.v1.Capability
             * @instance
             */
            Capability.prototype.tokensPerSecond = 0;

            /**
             * Capability queueDepth.
             * @member {number} queueDepth
             * @memberof swarmllm.v1.Capability
             * @instance
             */
            Capability.prototype.queueDepth = 0;

            /**
             * Capability canSummon.
             * @member {boolean} canSummon
             * @memberof swarmllm.v1.Capability
             * @instance
             */
            Capability.prototype.canSummon = false;

            /**
             * Capability softwareVersion.
             * @member {string} softwareVersion
             * @memberof swarmllm.v1.Capability
             * @instance
             */
            Capability.prototype.softwareVersion = "";

            /**
             * Capability protocolVersion.
             * @member {number} protocolVersion
             * @memberof swarmllm.v1.Capability
             * @instance
             */
            Capability.prototype.protocolVersion = 0;

            /**
             * Capability instanceId.
             * @member {string} instanceId
             * @memberof swarmllm.v1.Capability
             * @instance
             */
            Capability.prototype.instanceId = "";

            /**
             * Capability announceIntervalMs.
             * @member {number} announceIntervalMs
             * @memberof swarmllm.v1.Capability
             * @instance
             */
            Capability.prototype.announceIntervalMs = 0;

            /**
             * Capability cloudModelId.
             * @member {string} cloudModelId
             * @memberof swarmllm.v1.Capability
             * @instance
             */
            Capability.prototype.cloudModelId = "";

            /**
             * Capability addresses.
             * @member {Array.<string>} addresses
             * @memberof swarmllm.v1.Capability
             * @instance
             */
            Capability.prototype.addresses = $util.emptyArray;

            /**
             * Creates a new Capability instance using the specified properties.
             * @function create
             * @memberof swarmllm.v1.Capability
             * @static
             * @param {swarmllm.v1.Capability.$Properties=} [properties] Properties to set
             * @returns {swarmllm.v1.Capability} Capability instance
             * @type {{
             *   (properties: swarmllm.v1.Capability.$Shape): swarmllm.v1.Capability & swarmllm.v1.Capability.$Shape;
             *   (properties?: swarmllm.v1.Capability.$Properties): swarmllm.v1.Capability;
             * }}
             */
            Capability.create = function(properties) {
                return new Capability(properties);
            };

            /**
             * Encodes the specified Capability message. Does not implicitly {@link swarmllm.v1.Capability.verify|verify} messages.
             * @function encode
             * @memberof swarmllm.v1.Capability
             * @static
             * @param {swarmllm.v1.Capability.$Properties} m Capability message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Capability.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.modelId != null && $Object.hasOwnProperty.call(m, "modelId") && m.modelId !== "")
                    w.uint32(/* id 1, wireType 2 =*/10).string(m.modelId);
                if (m.modelFamily != null && $Object.hasOwnProperty.call(m, "modelFamily") && m.modelFamily !== "")
                    w.uint32(/* id 2, wireType 2 =*/18).string(m.modelFamily);
                if (m.parameterCount != null && $Object.hasOwnProperty.call(m, "parameterCount") && (typeof m.parameterCount === "object" ? m.parameterCount.low || m.parameterCount.high : m.parameterCount !== 0))
                    w.uint32(/* id 3, wireType 0 =*/24).uint64(m.parameterCount);
                if (m.quantisation != null && $Object.hasOwnProperty.call(m, "quantisation") && m.quantisation !== "")
                    w.uint32(/* id 4, wireType 2 =*/34).string(m.quantisation);
                if (m.contextLength != null && $Object.hasOwnProperty.call(m, "contextLength") && m.contextLength !== 0)
                    w.uint32(/* id 5, wireType 0 =*/40).uint32(m.contextLength);
                if (m.tokensPerSecond != null && $Object.hasOwnProperty.call(m, "tokensPerSecond") && !$Object.is(m.tokensPerSecond, 0))
                    w.uint32(/* id 6, wireType 5 =*/53).float(m.tokensPerSecond);
                if (m.queueDepth != null && $Object.hasOwnProperty.call(m, "queueDepth") && m.queueDepth !== 0)
                    w.uint32(/* id 7, wireType 0 =*/56).uint32(m.queueDepth);
                if (m.canSummon != null && $Object.hasOwnProperty.call(m, "canSummon") && m.canSummon !== false)
                    w.uint32(/* id 8, wireType 0 =*/64).bool(m.canSummon);
                if (m.softwareVersion != null && $Object.hasOwnProperty.call(m, "softwareVersion") && m.softwareVersion !== "")
                    w.uint32(/* id 9, wireType 2 =*/74).string(m.softwareVersion);
                if (m.protocolVersion != null && $Object.hasOwnProperty.call(m, "protocolVersion") && m.protocolVersion !== 0)
                    w.uint32(/* id 10, wireType 0 =*/80).uint32(m.protocolVersion);
                if (m.instanceId != null && $Object.hasOwnProperty.call(m, "instanceId") && m.instanceId !== "")
                    w.uint32(/* id 11, wireType 2 =*/90).string(m.instanceId);
                if (m.announceIntervalMs != null && $Object.hasOwnProperty.call(m, "announceIntervalMs") && m.announceIntervalMs !== 0)
                    w.uint32(/* id 12, wireType 0 =*/96).uint32(m.announceIntervalMs);
                if (m.cloudModelId != null && $Object.hasOwnProperty.call(m, "cloudModelId") && m.cloudModelId !== "")
                    w.uint32(/* id 13, wireType 2 =*/106).string(m.cloudModelId);
                if (m.addresses != null && m.addresses.length) {
                    for (var i = 0; i < m.addresses.length; ++i)
                        w.uint32(/* id 14, wireType 2 =*/114).string(m.addresses[i]);
                }
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Decodes a Capability message from the specified reader or buffer.
             * @function decode
             * @memberof swarmllm.v1.Capability
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {swarmllm.v1.Capability & swarmllm.v1.Capability.$Shape} Capability
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Capability.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.swarmllm.v1.Capability();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.modelId = v;
                            else
                                delete m.modelId;
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.modelFamily = v;
                            else
                                delete m.modelFamily;
                            continue;
                        }
                    case 3: {
                            if (u !== 0)
                                break;
                            if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                                m.parameterCount = v;
                            else
                                delete m.parameterCount;
                            continue;
                        }
                    case 4: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.quantisation = v;
                            else
                                delete m.quantisation;
                            continue;
                        }
                    case 5: {
                            if (u !== 0)
                                break;
                            if (v = r.uint32())
                                m.contextLength = v;
                            else
                                delete m.contextLength;
                            continue;
                        }
                    case 6: {
                            if (u !== 5)
                                break;
                            if (!$Object.is(v = r.float(), 0))
                                m.tokensPerSecond = v;
                            else
                                delete m.tokensPerSecond;
                            continue;
                        }
                    case 7: {
                            if (u !== 0)
                                break;
                            if (v = r.uint32())
                                m.queueDepth = v;
                            else
                                delete m.queueDepth;
                            continue;
                        }
                    case 8: {
                            if (u !== 0)
                                break;
                            if (v = r.bool())
                                m.canSummon = v;
                            else
                                delete m.canSummon;
                            continue;
                        }
                    case 9: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.softwareVersion = v;
                            else
                                delete m.softwareVersion;
                            continue;
                        }
                    case 10: {
                            if (u !== 0)
                                break;
                            if (v = r.uint32())
                                m.protocolVersion = v;
                            else
                                delete m.protocolVersion;
                            continue;
                        }
                    case 11: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.instanceId = v;
                            else
                                delete m.instanceId;
                            continue;
                        }
                    case 12: {
                            if (u !== 0)
                                break;
                            if (v = r.uint32())
                                m.announceIntervalMs = v;
                            else
                                delete m.announceIntervalMs;
                            continue;
                        }
                    case 13: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.cloudModelId = v;
                            else
                                delete m.cloudModelId;
                            continue;
                        }
                    case 14: {
                            if (u !== 2)
                                break;
                            if (!(m.addresses && m.addresses.length))
                                m.addresses = [];
                            m.addresses.push(r.stringVerify());
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            /**
             * Gets the type url for Capability
             * @function getTypeUrl
             * @memberof swarmllm.v1.Capability
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Capability.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/swarmllm.v1.Capability";
            };

            return Capability;
        })();

        v1.ChatMessage = (function() {

            /**
             * Properties of a ChatMessage.
             * @typedef {Object} swarmllm.v1.ChatMessage.$Properties
             * @property {swarmllm.v1.ChatMessage.Role|null} [role] ChatMessage role
             * @property {string|null} [content] ChatMessage content
             * @property {string|null} [toolCallId] ChatMessage toolCallId
             * @property {string|null} [toolCallsJson] ChatMessage toolCallsJson
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a ChatMessage.
             * @memberof swarmllm.v1
             * @interface IChatMessage
             * @augments swarmllm.v1.ChatMessage.$Properties
             * @deprecated Use swarmllm.v1.ChatMessage.$Properties instead.
             */

            /**
             * Shape of a ChatMessage.
             * @typedef {swarmllm.v1.ChatMessage.$Properties} swarmllm.v1.ChatMessage.$Shape
             */

            /**
             * Constructs a new ChatMessage.
             * @memberof swarmllm.v1
             * @classdesc Represents a ChatMessage.
             * @constructor
             * @param {swarmllm.v1.ChatMessage.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const ChatMessage = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * ChatMessage role.
             * @member {swarmllm.v1.ChatMessage.Role} role
             * @memberof swarmllm.v1.ChatMessage
             * @instance
             */
            ChatMessage.prototype.role = 0;

            /**
             * ChatMessage content.
             * @member {string} content
             * @memberof swarmllm.v1.ChatMessage
             * @instance
             */
            ChatMessage.prototype.content = "";

            /**
             * ChatMessage toolCallId.
             * @member {string} toolCallId
             * @memberof swarmllm.v1.ChatMessage
             * @instance
             */
            ChatMessage.prototype.toolCallId = "";

            /**
             * ChatMessage toolCallsJson.
             * @member {string} toolCallsJson
             * @memberof swarmllm.v1.ChatMessage
             * @instance
             */
            ChatMessage.prototype.toolCallsJson = "";

            /**
             * Creates a new ChatMessage instance using the specified properties.
             * @function create
             * @memberof swarmllm.v1.ChatMessage
             * @static
             * @param {swarmllm.v1.ChatMessage.$Properties=} [properties] Properties to set
             * @returns {swarmllm.v1.ChatMessage} ChatMessage instance
             * @type {{
             *   (properties: swarmllm.v1.ChatMessage.$Shape): swarmllm.v1.ChatMessage & swarmllm.v1.ChatMessage.$Shape;
             *   (properties?: swarmllm.v1.ChatMessage.$Properties): swarmllm.v1.ChatMessage;
             * }}
             */
            ChatMessage.create = function(properties) {
                return new ChatMessage(properties);
            };

            /**
             * Encodes the specified ChatMessage message. Does not implicitly {@link swarmllm.v1.ChatMessage.verify|verify} messages.
             * @function encode
             * @memberof swarmllm.v1.ChatMessage
             * @static
             * @param {swarmllm.v1.ChatMessage.$Properties} m ChatMessage message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ChatMessage.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.role != null && $Object.hasOwnProperty.call(m, "role") && m.role !== 0)
                    w.uint32(/* id 1, wireType 0 =*/8).int32(m.role);
                if (m.content != null && $Object.hasOwnProperty.call(m, "content") && m.content !== "")
                    w.uint32(/* id 2, wireType 2 =*/18).string(m.content);
                if (m.toolCallId != null && $Object.hasOwnProperty.call(m, "toolCallId") && m.toolCallId !== "")
                    w.uint32(/* id 10, wireType 2 =*/82).string(m.toolCallId);
                if (m.toolCallsJson != null && $Object.hasOwnProperty.call(m, "toolCallsJson") && m.toolCallsJson !== "")
                    w.uint32(/* id 11, wireType 2 =*/90).string(m.toolCallsJson);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Decodes a ChatMessage message from the specified reader or buffer.
             * @function decode
             * @memberof swarmllm.v1.ChatMessage
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {swarmllm.v1.ChatMessage & swarmllm.v1.ChatMessage.$Shape} ChatMessage
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ChatMessage.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.swarmllm.v1.ChatMessage();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 0)
                                break;
                            if (v = r.int32())
                                m.role = v;
                            else
                                delete m.role;
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.content = v;
                            else
                                delete m.content;
                            continue;
                        }
                    case 10: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.toolCallId = v;
                            else
                                delete m.toolCallId;
                            continue;
                        }
                    case 11: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.toolCallsJson = v;
                            else
                                delete m.toolCallsJson;
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            /**
             * Gets the type url for ChatMessage
             * @function getTypeUrl
             * @memberof swarmllm.v1.ChatMessage
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            ChatMessage.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/swarmllm.v1.ChatMessage";
            };

            /**
             * Role enum.
             * @name swarmllm.v1.ChatMessage.Role
             * @enum {number}
             * @property {number} ROLE_UNSPECIFIED=0 ROLE_UNSPECIFIED value
             * @property {number} ROLE_SYSTEM=1 ROLE_SYSTEM value
             * @property {number} ROLE_USER=2 ROLE_USER value
             * @property {number} ROLE_ASSISTANT=3 ROLE_ASSISTANT value
             * @property {number} ROLE_TOOL=4 ROLE_TOOL value
             */
            ChatMessage.Role = (function() {
                const valuesById = $Object.create(null), values = $Object.create(valuesById);
                values[valuesById[0] = "ROLE_UNSPECIFIED"] = 0;
                values[valuesById[1] = "ROLE_SYSTEM"] = 1;
                values[valuesById[2] = "ROLE_USER"] = 2;
                values[valuesById[3] = "ROLE_ASSISTANT"] = 3;
                values[valuesById[4] = "ROLE_TOOL"] = 4;
                return values;
            })();

            return ChatMessage;
        })();

        v1.GenerationParams = (function() {

            /**
             * Properties of a GenerationParams.
             * @typedef {Object} swarmllm.v1.GenerationParams.$Properties
             * @property {number|null} [maxTokens] GenerationParams maxTokens
             * @property {number|null} [temperature] GenerationParams temperature
             * @property {number|null} [topP] GenerationParams topP
             * @property {number|null} [seed] GenerationParams seed
             * @property {Array.<string>|null} [stop] GenerationParams stop
             * @property {string|null} [responseFormatJson] GenerationParams responseFormatJson
             * @property {string|null} [toolsJson] GenerationParams toolsJson
             * @property {string|null} [toolChoiceJson] GenerationParams toolChoiceJson
             * @property {number|null} [frequencyPenalty] GenerationParams frequencyPenalty
             * @property {number|null} [presencePenalty] GenerationParams presencePenalty
             * @property {string|null} [prompt] GenerationParams prompt
             * @property {boolean|null} [hasPrompt] GenerationParams hasPrompt
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a GenerationParams.
             * @memberof swarmllm.v1
             * @interface IGenerationParams
             * @augments swarmllm.v1.GenerationParams.$Properties
             * @deprecated Use swarmllm.v1.GenerationParams.$Properties instead.
             */

            /**
             * Shape of a GenerationParams.
             * @typedef {swarmllm.v1.GenerationParams.$Properties} swarmllm.v1.GenerationParams.$Shape
             */

            /**
             * Constructs a new GenerationParams.
             * @memberof swarmllm.v1
             * @classdesc Represents a GenerationParams.
             * @constructor
             * @param {swarmllm.v1.GenerationParams.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const GenerationParams = function (p) {
                this.stop = [];
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * GenerationParams maxTokens.
             * @member {number} maxTokens
             * @memberof swarmllm.v1.GenerationParams
             * @instance
             */
            GenerationParams.prototype.maxTokens = 0;

            /**
             * GenerationParams temperature.
             * @member {number} temperature
             * @memberof swarmllm.v1.GenerationParams
             * @instance
             */
            GenerationParams.prototype.temperature = 0;

            /**
             * GenerationParams topP.
             * @member {number} topP
             * @memberof swarmllm.v1.GenerationParams
             * @instance
             */
            GenerationParams.prototype.topP = 0;

            /**
             * GenerationParams seed.
             * @member {number} seed
             * @memberof swarmllm.v1.GenerationParams
             * @instance
             */
            GenerationParams.prototype.seed = 0;

            /**
             * GenerationParams stop.
             * @member {Array.<string>} stop
             * @memberof swarmllm.v1.GenerationParams
             * @instance
             */
            GenerationParams.prototype.stop = $util.emptyArray;

            /**
             * GenerationParams responseFormatJson.
             * @member {string} responseFormatJson
             * @memberof swarmllm.v1.GenerationParams
             * @instance
             */
            GenerationParams.prototype.responseFormatJson = "";

            /**
             * GenerationParams toolsJson.
             * @member {string} toolsJson
             * @memberof swarmllm.v1.GenerationParams
             * @instance
             */
            GenerationParams.prototype.toolsJson = "";

            /**
             * GenerationParams toolChoiceJson.
             * @member {string} toolChoiceJson
             * @memberof swarmllm.v1.GenerationParams
             * @instance
             */
            GenerationParams.prototype.toolChoiceJson = "";

            /**
             * GenerationParams frequencyPenalty.
             * @member {number} frequencyPenalty
             * @memberof swarmllm.v1.GenerationParams
             * @instance
             */
            GenerationParams.prototype.frequencyPenalty = 0;

            /**
             * GenerationParams presencePenalty.
             * @member {number} presencePenalty
             * @memberof swarmllm.v1.GenerationParams
             * @instance
             */
            GenerationParams.prototype.presencePenalty = 0;

            /**
             * GenerationParams prompt.
             * @member {string} prompt
             * @memberof swarmllm.v1.GenerationParams
             * @instance
             */
            GenerationParams.prototype.prompt = "";

            /**
             * GenerationParams hasPrompt.
             * @member {boolean} hasPrompt
             * @memberof swarmllm.v1.GenerationParams
             * @instance
             */
            GenerationParams.prototype.hasPrompt = false;

            /**
             * Creates a new GenerationParams instance using the specified properties.
             * @function create
             * @memberof swarmllm.v1.GenerationParams
             * @static
             * @param {swarmllm.v1.GenerationParams.$Properties=} [properties] Properties to set
             * @returns {swarmllm.v1.GenerationParams} GenerationParams instance
             * @type {{
             *   (properties: swarmllm.v1.GenerationParams.$Shape): swarmllm.v1.GenerationParams & swarmllm.v1.GenerationParams.$Shape;
             *   (properties?: swarmllm.v1.GenerationParams.$Properties): swarmllm.v1.GenerationParams;
             * }}
             */
            GenerationParams.create = function(properties) {
                return new GenerationParams(properties);
            };

            /**
             * Encodes the specified GenerationParams message. Does not implicitly {@link swarmllm.v1.GenerationParams.verify|verify} messages.
             * @function encode
             * @memberof swarmllm.v1.GenerationParams
             * @static
             * @param {swarmllm.v1.GenerationParams.$Properties} m GenerationParams message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            GenerationParams.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.maxTokens != null && $Object.hasOwnProperty.call(m, "maxTokens") && m.maxTokens !== 0)
                    w.uint32(/* id 1, wireType 0 =*/8).uint32(m.maxTokens);
                if (m.temperature != null && $Object.hasOwnProperty.call(m, "temperature") && !$Object.is(m.temperature, 0))
                    w.uint32(/* id 2, wireType 5 =*/21).float(m.temperature);
                if (m.topP != null && $Object.hasOwnProperty.call(m, "topP") && !$Object.is(m.topP, 0))
                    w.uint32(/* id 3, wireType 5 =*/29).float(m.topP);
                if (m.seed != null && $Object.hasOwnProperty.call(m, "seed") && m.seed !== 0)
                    w.uint32(/* id 4, wireType 0 =*/32).uint32(m.seed);
                if (m.stop != null && m.stop.length) {
                    for (var i = 0; i < m.stop.length; ++i)
                        w.uint32(/* id 10, wireType 2 =*/82).string(m.stop[i]);
                }
                if (m.responseFormatJson != null && $Object.hasOwnProperty.call(m, "responseFormatJson") && m.responseFormatJson !== "")
                    w.uint32(/* id 11, wireType 2 =*/90).string(m.responseFormatJson);
                if (m.toolsJson != null && $Object.hasOwnProperty.call(m, "toolsJson") && m.toolsJson !== "")
                    w.uint32(/* id 12, wireType 2 =*/98).string(m.toolsJson);
                if (m.toolChoiceJson != null && $Object.hasOwnProperty.call(m, "toolChoiceJson") && m.toolChoiceJson !== "")
                    w.uint32(/* id 13, wireType 2 =*/106).string(m.toolChoiceJson);
                if (m.frequencyPenalty != null && $Object.hasOwnProperty.call(m, "frequencyPenalty") && !$Object.is(m.frequencyPenalty, 0))
                    w.uint32(/* id 14, wireType 5 =*/117).float(m.frequencyPenalty);
                if (m.presencePenalty != null && $Object.hasOwnProperty.call(m, "presencePenalty") && !$Object.is(m.presencePenalty, 0))
                    w.uint32(/* id 15, wireType 5 =*/125).float(m.presencePenalty);
                if (m.prompt != null && $Object.hasOwnProperty.call(m, "prompt") && m.prompt !== "")
                    w.uint32(/* id 16, wireType 2 =*/130).string(m.prompt);
                if (m.hasPrompt != null && $Object.hasOwnProperty.call(m, "hasPrompt") && m.hasPrompt !== false)
                    w.uint32(/* id 17, wireType 0 =*/136).bool(m.hasPrompt);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Decodes a GenerationParams message from the specified reader or buffer.
             * @function decode
             * @memberof swarmllm.v1.GenerationParams
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {swarmllm.v1.GenerationParams & swarmllm.v1.GenerationParams.$Shape} GenerationParams
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            GenerationParams.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.swarmllm.v1.GenerationParams();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 0)
                                break;
                            if (v = r.uint32())
                                m.maxTokens = v;
                            else
                                delete m.maxTokens;
                            continue;
                        }
                    case 2: {
                            if (u !== 5)
                                break;
                            if (!$Object.is(v = r.float(), 0))
                                m.temperature = v;
                            else
                                delete m.temperature;
                            continue;
                        }
                    case 3: {
                            if (u !== 5)
                                break;
                            if (!$Object.is(v = r.float(), 0))
                                m.topP = v;
                            else
                                delete m.topP;
                            continue;
                        }
                    case 4: {
                            if (u !== 0)
                                break;
                            if (v = r.uint32())
                                m.seed = v;
                            else
                                delete m.seed;
                            continue;
                        }
                    case 10: {
                            if (u !== 2)
                                break;
                            if (!(m.stop && m.stop.length))
                                m.stop = [];
                            m.stop.push(r.stringVerify());
                            continue;
                        }
                    case 11: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.responseFormatJson = v;
                            else
                                delete m.responseFormatJson;
                            continue;
                        }
                    case 12: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.toolsJson = v;
                            else
                                delete m.toolsJson;
                            continue;
                        }
                    case 13: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.toolChoiceJson = v;
                            else
                                delete m.toolChoiceJson;
                            continue;
                        }
                    case 14: {
                            if (u !== 5)
                                break;
                            if (!$Object.is(v = r.float(), 0))
                                m.frequencyPenalty = v;
                            else
                                delete m.frequencyPenalty;
                            continue;
                        }
                    case 15: {
                            if (u !== 5)
                                break;
                            if (!$Object.is(v = r.float(), 0))
                                m.presencePenalty = v;
                            else
                                delete m.presencePenalty;
                            continue;
                        }
                    case 16: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.prompt = v;
                            else
                                delete m.prompt;
                            continue;
                        }
                    case 17: {
                            if (u !== 0)
                                break;
                            if (v = r.bool())
                                m.hasPrompt = v;
                            else
                                delete m.hasPrompt;
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            /**
             * Gets the type url for GenerationParams
             * @function getTypeUrl
             * @memberof swarmllm.v1.GenerationParams
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            GenerationParams.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/swarmllm.v1.GenerationParams";
            };

            return GenerationParams;
        })();

        v1.Query = (function() {

            /**
             * Properties of a Query.
             * @typedef {Object} swarmllm.v1.Query.$Properties
             * @property {string|null} [id] Query id
             * @property {string|null} [origin] Query origin
             * @property {Array.<swarmllm.v1.ChatMessage.$Properties>|null} [messages] Query messages
             * @property {swarmllm.v1.GenerationParams.$Properties|null} [params] Query params
             * @property {number|null} [deadlineMs] Query deadlineMs
             * @property {boolean|null} [lanOnly] Query lanOnly
             * @property {Array.<string>|null} [targets] Query targets
             * @property {number|null} [budgetMs] Query budgetMs
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Query.
             * @memberof swarmllm.v1
             * @interface IQuery
             * @augments swarmllm.v1.Query.$Properties
             * @deprecated Use swarmllm.v1.Query.$Properties instead.
             */

            /**
             * Shape of a Query.
             * @typedef {swarmllm.v1.Query.$Properties} swarmllm.v1.Query.$Shape
             */

            /**
             * Constructs a new Query.
             * @memberof swarmllm.v1
             * @classdesc Represents a Query.
             * @constructor
             * @param {swarmllm.v1.Query.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Query = function (p) {
                this.messages = [];
                this.targets = [];
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * Query id.
             * @member {string} id
             * @memberof swarmllm.v1.Query
             * @instance
             */
            Query.prototype.id = "";

            /**
             * Query origin.
             * @member {string} origin
             * @memberof swarmllm.v1.Query
             * @instance
             */
            Query.prototype.origin = "";

            /**
             * Query messages.
             * @member {Array.<swarmllm.v1.ChatMessage.$Properties>} messages
             * @memberof swarmllm.v1.Query
             * @instance
             */
            Query.prototype.messages = $util.emptyArray;

            /**
             * Query params.
             * @member {swarmllm.v1.GenerationParams.$Properties|null|undefined} params
             * @memberof swarmllm.v1.Query
             * @instance
             */
            Query.prototype.params = null;

            /**
             * Query deadlineMs.
             * @member {number} deadlineMs
             * @memberof swarmllm.v1.Query
             * @instance
             */
            Query.prototype.deadlineMs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Query lanOnly.
             * @member {boolean} lanOnly
             * @memberof swarmllm.v1.Query
             * @instance
             */
            Query.prototype.lanOnly = false;

            /**
             * Query targets.
             * @member {Array.<string>} targets
             * @memberof swarmllm.v1.Query
             * @instance
             */
            Query.prototype.targets = $util.emptyArray;

            /**
             * Query budgetMs.
             * @member {number} budgetMs
             * @memberof swarmllm.v1.Query
             * @instance
             */
            Query.prototype.budgetMs = 0;

            /**
             * Creates a new Query instance using the specified properties.
             * @function create
             * @memberof swarmllm.v1.Query
             * @static
             * @param {swarmllm.v1.Query.$Properties=} [properties] Properties to set
             * @returns {swarmllm.v1.Query} Query instance
             * @type {{
             *   (properties: swarmllm.v1.Query.$Shape): swarmllm.v1.Query & swarmllm.v1.Query.$Shape;
             *   (properties?: swarmllm.v1.Query.$Properties): swarmllm.v1.Query;
             * }}
             */
            Query.create = function(properties) {
                return new Query(properties);
            };

            /**
             * Encodes the specified Query message. Does not implicitly {@link swarmllm.v1.Query.verify|verify} messages.
             * @function encode
             * @memberof swarmllm.v1.Query
             * @static
             * @param {swarmllm.v1.Query.$Properties} m Query message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Query.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.id != null && $Object.hasOwnProperty.call(m, "id") && m.id !== "")
                    w.uint32(/* id 1, wireType 2 =*/10).string(m.id);
                if (m.origin != null && $Object.hasOwnProperty.call(m, "origin") && m.origin !== "")
                    w.uint32(/* id 2, wireType 2 =*/18).string(m.origin);
                if (m.messages != null && m.messages.length) {
                    for (var i = 0; i < m.messages.length; ++i)
                        $root.swarmllm.v1.ChatMessage.encode(m.messages[i], w.uint32(/* id 3, wireType 2 =*/26).fork(), q + 1).ldelim();
                }
                if (m.params != null && $Object.hasOwnProperty.call(m, "params"))
                    $root.swarmllm.v1.GenerationParams.encode(m.params, w.uint32(/* id 4, wireType 2 =*/34).fork(), q + 1).ldelim();
                if (m.deadlineMs != null && $Object.hasOwnProperty.call(m, "deadlineMs") && (typeof m.deadlineMs === "object" ? m.deadlineMs.low || m.deadlineMs.high : m.deadlineMs !== 0))
                    w.uint32(/* id 5, wireType 0 =*/40).uint64(m.deadlineMs);
                if (m.lanOnly != null && $Object.hasOwnProperty.call(m, "lanOnly") && m.lanOnly !== false)
                    w.uint32(/* id 6, wireType 0 =*/48).bool(m.lanOnly);
                if (m.targets != null && m.targets.length) {
                    for (var i = 0; i < m.targets.length; ++i)
                        w.uint32(/* id 7, wireType 2 =*/58).string(m.targets[i]);
                }
                if (m.budgetMs != null && $Object.hasOwnProperty.call(m, "budgetMs") && m.budgetMs !== 0)
                    w.uint32(/* id 8, wireType 0 =*/64).uint32(m.budgetMs);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Decodes a Query message from the specified reader or buffer.
             * @function decode
             * @memberof swarmllm.v1.Query
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {swarmllm.v1.Query & swarmllm.v1.Query.$Shape} Query
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Query.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.swarmllm.v1.Query();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.id = v;
                            else
                                delete m.id;
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.origin = v;
                            else
                                delete m.origin;
                            continue;
                        }
                    case 3: {
                            if (u !== 2)
                                break;
                            if (!(m.messages && m.messages.length))
                                m.messages = [];
                            m.messages.push($root.swarmllm.v1.ChatMessage.decode(r, r.size(), $undefined, q + 1));
                            continue;
                        }
                    case 4: {
                            if (u !== 2)
                                break;
                            m.params = $root.swarmllm.v1.GenerationParams.decode(r, r.size(), $undefined, q + 1, m.params);
                            continue;
                        }
                    case 5: {
                            if (u !== 0)
                                break;
                            if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                                m.deadlineMs = v;
                            else
                                delete m.deadlineMs;
                            continue;
                        }
                    case 6: {
                            if (u !== 0)
                                break;
                            if (v = r.bool())
                                m.lanOnly = v;
                            else
                                delete m.lanOnly;
                            continue;
                        }
                    case 7: {
                            if (u !== 2)
                                break;
                            if (!(m.targets && m.targets.length))
                                m.targets = [];
                            m.targets.push(r.stringVerify());
                            continue;
                        }
                    case 8: {
                            if (u !== 0)
                                break;
                            if (v = r.uint32())
                                m.budgetMs = v;
                            else
                                delete m.budgetMs;
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            /**
             * Gets the type url for Query
             * @function getTypeUrl
             * @memberof swarmllm.v1.Query
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Query.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/swarmllm.v1.Query";
            };

            return Query;
        })();

        v1.Uncertainty = (function() {

            /**
             * Properties of an Uncertainty.
             * @typedef {Object} swarmllm.v1.Uncertainty.$Properties
             * @property {number|null} [meanLogprob] Uncertainty meanLogprob
             * @property {number|null} [minTokenProb] Uncertainty minTokenProb
             * @property {number|null} [meanEntropy] Uncertainty meanEntropy
             * @property {number|null} [confidence] Uncertainty confidence
             * @property {number|null} [tokenCount] Uncertainty tokenCount
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an Uncertainty.
             * @memberof swarmllm.v1
             * @interface IUncertainty
             * @augments swarmllm.v1.Uncertainty.$Properties
             * @deprecated Use swarmllm.v1.Uncertainty.$Properties instead.
             */

            /**
             * Shape of an Uncertainty.
             * @typedef {swarmllm.v1.Uncertainty.$Properties} swarmllm.v1.Uncertainty.$Shape
             */

            /**
             * Constructs a new Uncertainty.
             * @memberof swarmllm.v1
             * @classdesc Represents an Uncertainty.
             * @constructor
             * @param {swarmllm.v1.Uncertainty.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Uncertainty = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * Uncertainty meanLogprob.
             * @member {number} meanLogprob
             * @memberof swarmllm.v1.Uncertainty
             * @instance
             */
            Uncertainty.prototype.meanLogprob = 0;

            /**
             * Uncertainty minTokenProb.
             * @member {number} minTokenProb
             * @memberof swarmllm.v1.Uncertainty
             * @instance
             */
            Uncertainty.prototype.minTokenProb = 0;

            /**
             * Uncertainty meanEntropy.
             * @member {number} meanEntropy
             * @memberof swarmllm.v1.Uncertainty
             * @instance
             */
            Uncertainty.prototype.meanEntropy = 0;

            /**
             * Uncertainty confidence.
             * @member {number} confidence
             * @memberof swarmllm.v1.Uncertainty
             * @instance
             */
            Uncertainty.prototype.confidence = 0;

            /**
             * Uncertainty tokenCount.
             * @member {number} tokenCount
             * @memberof swarmllm.v1.Uncertainty
             * @instance
             */
            Uncertainty.prototype.tokenCount = 0;

            /**
             * Creates a new Uncertainty instance using the specified properties.
             * @function create
             * @memberof swarmllm.v1.Uncertainty
             * @static
             * @param {swarmllm.v1.Uncertainty.$Properties=} [properties] Properties to set
             * @returns {swarmllm.v1.Uncertainty} Uncertainty instance
             * @type {{
             *   (properties: swarmllm.v1.Uncertainty.$Shape): swarmllm.v1.Uncertainty & swarmllm.v1.Uncertainty.$Shape;
             *   (properties?: swarmllm.v1.Uncertainty.$Properties): swarmllm.v1.Uncertainty;
             * }}
             */
            Uncertainty.create = function(properties) {
                return new Uncertainty(properties);
            };

            /**
             * Encodes the specified Uncertainty message. Does not implicitly {@link swarmllm.v1.Uncertainty.verify|verify} messages.
             * @function encode
             * @memberof swarmllm.v1.Uncertainty
             * @static
             * @param {swarmllm.v1.Uncertainty.$Properties} m Uncertainty message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Uncertainty.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.meanLogprob != null && $Object.hasOwnProperty.call(m, "meanLogprob") && !$Object.is(m.meanLogprob, 0))
                    w.uint32(/* id 1, wireType 5 =*/13).float(m.meanLogprob);
                if (m.minTokenProb != null && $Object.hasOwnProperty.call(m, "minTokenProb") && !$Object.is(m.minTokenProb, 0))
                    w.uint32(/* id 2, wireType 5 =*/21).float(m.minTokenProb);
                if (m.meanEntropy != null && $Object.hasOwnProperty.call(m, "meanEntropy") && !$Object.is(m.meanEntropy, 0))
                    w.uint32(/* id 3, wireType 5 =*/29).float(m.meanEntropy);
                if (m.confidence != null && $Object.hasOwnProperty.call(m, "confidence") && !$Object.is(m.confidence, 0))
                    w.uint32(/* id 4, wireType 5 =*/37).float(m.confidence);
                if (m.tokenCount != null && $Object.hasOwnProperty.call(m, "tokenCount") && m.tokenCount !== 0)
                    w.uint32(/* id 5, wireType 0 =*/40).uint32(m.tokenCount);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Decodes an Uncertainty message from the specified reader or buffer.
             * @function decode
             * @memberof swarmllm.v1.Uncertainty
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {swarmllm.v1.Uncertainty & swarmllm.v1.Uncertainty.$Shape} Uncertainty
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Uncertainty.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.swarmllm.v1.Uncertainty();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 5)
                                break;
                            if (!$Object.is(v = r.float(), 0))
                                m.meanLogprob = v;
                            else
                                delete m.meanLogprob;
                            continue;
                        }
                    case 2: {
                            if (u !== 5)
                                break;
                            if (!$Object.is(v = r.float(), 0))
                                m.minTokenProb = v;
                            else
                                delete m.minTokenProb;
                            continue;
                        }
                    case 3: {
                            if (u !== 5)
                                break;
                            if (!$Object.is(v = r.float(), 0))
                                m.meanEntropy = v;
                            else
                                delete m.meanEntropy;
                            continue;
                        }
                    case 4: {
                            if (u !== 5)
                                break;
                            if (!$Object.is(v = r.float(), 0))
                                m.confidence = v;
                            else
                                delete m.confidence;
                            continue;
                        }
                    case 5: {
                            if (u !== 0)
                                break;
                            if (v = r.uint32())
                                m.tokenCount = v;
                            else
                                delete m.tokenCount;
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            /**
             * Gets the type url for Uncertainty
             * @function getTypeUrl
             * @memberof swarmllm.v1.Uncertainty
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Uncertainty.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/swarmllm.v1.Uncertainty";
            };

            return Uncertainty;
        })();

        v1.Timings = (function() {

            /**
             * Properties of a Timings.
             * @typedef {Object} swarmllm.v1.Timings.$Properties
             * @property {number|null} [queueMs] Timings queueMs
             * @property {number|null} [timeToFirstTokenMs] Timings timeToFirstTokenMs
             * @property {number|null} [totalMs] Timings totalMs
             * @property {number|null} [promptTokens] Timings promptTokens
             * @property {number|null} [completionTokens] Timings completionTokens
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Timings.
             * @memberof swarmllm.v1
             * @interface ITimings
             * @augments swarmllm.v1.Timings.$Properties
             * @deprecated Use swarmllm.v1.Timings.$Properties instead.
             */

            /**
             * Shape of a Timings.
             * @typedef {swarmllm.v1.Timings.$Properties} swarmllm.v1.Timings.$Shape
             */

            /**
             * Constructs a new Timings.
             * @memberof swarmllm.v1
             * @classdesc Represents a Timings.
             * @constructor
             * @param {swarmllm.v1.Timings.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Timings = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * Timings queueMs.
             * @member {number} queueMs
             * @memberof swarmllm.v1.Timings
             * @instance
             */
            Timings.prototype.queueMs = 0;

            /**
             * Timings timeToFirstTokenMs.
             * @member {number} timeToFirstTokenMs
             * @memberof swarmllm.v1.Timings
             * @instance
             */
            Timings.prototype.timeToFirstTokenMs = 0;

            /**
             * Timings totalMs.
             * @member {number} totalMs
             * @memberof swarmllm.v1.Timings
             * @instance
             */
            Timings.prototype.totalMs = 0;

            /**
             * Timings promptTokens.
             * @member {number} promptTokens
             * @memberof swarmllm.v1.Timings
             * @instance
             */
            Timings.prototype.promptTokens = 0;

            /**
             * Timings completionTokens.
             * @member {number} completionTokens
             * @memberof swarmllm.v1.Timings
             * @instance
             */
            Timings.prototype.completionTokens = 0;

            /**
             * Creates a new Timings instance using the specified properties.
             * @function create
             * @memberof swarmllm.v1.Timings
             * @static
             * @param {swarmllm.v1.Timings.$Properties=} [properties] Properties to set
             * @returns {swarmllm.v1.Timings} Timings instance
             * @type {{
             *   (properties: swarmllm.v1.Timings.$Shape): swarmllm.v1.Timings & swarmllm.v1.Timings.$Shape;
             *   (properties?: swarmllm.v1.Timings.$Properties): swarmllm.v1.Timings;
             * }}
             */
            Timings.create = function(properties) {
                return new Timings(properties);
            };

            /**
             * Encodes the specified Timings message. Does not implicitly {@link swarmllm.v1.Timings.verify|verify} messages.
             * @function encode
             * @memberof swarmllm.v1.Timings
             * @static
             * @param {swarmllm.v1.Timings.$Properties} m Timings message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Timings.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.queueMs != null && $Object.hasOwnProperty.call(m, "queueMs") && m.queueMs !== 0)
                    w.uint32(/* id 1, wireType 0 =*/8).uint32(m.queueMs);
                if (m.timeToFirstTokenMs != null && $Object.hasOwnProperty.call(m, "timeToFirstTokenMs") && m.timeToFirstTokenMs !== 0)
                    w.uint32(/* id 2, wireType 0 =*/16).uint32(m.timeToFirstTokenMs);
                if (m.totalMs != null && $Object.hasOwnProperty.call(m, "totalMs") && m.totalMs !== 0)
                    w.uint32(/* id 3, wireType 0 =*/24).uint32(m.totalMs);
                if (m.promptTokens != null && $Object.hasOwnProperty.call(m, "promptTokens") && m.promptTokens !== 0)
                    w.uint32(/* id 4, wireType 0 =*/32).uint32(m.promptTokens);
                if (m.completionTokens != null && $Object.hasOwnProperty.call(m, "completionTokens") && m.completionTokens !== 0)
                    w.uint32(/* id 5, wireType 0 =*/40).uint32(m.completionTokens);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Decodes a Timings message from the specified reader or buffer.
             * @function decode
             * @memberof swarmllm.v1.Timings
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {swarmllm.v1.Timings & swarmllm.v1.Timings.$Shape} Timings
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Timings.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.swarmllm.v1.Timings();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 0)
                                break;
                            if (v = r.uint32())
                                m.queueMs = v;
                            else
                                delete m.queueMs;
                            continue;
                        }
                    case 2: {
                            if (u !== 0)
                                break;
                            if (v = r.uint32())
                                m.timeToFirstTokenMs = v;
                            else
                                delete m.timeToFirstTokenMs;
                            continue;
                        }
                    case 3: {
                            if (u !== 0)
                                break;
                            if (v = r.uint32())
                                m.totalMs = v;
                            else
                                delete m.totalMs;
                            continue;
                        }
                    case 4: {
                            if (u !== 0)
                                break;
                            if (v = r.uint32())
                                m.promptTokens = v;
                            else
                                delete m.promptTokens;
                            continue;
                        }
                    case 5: {
                            if (u !== 0)
                                break;
                            if (v = r.uint32())
                                m.completionTokens = v;
                            else
                                delete m.completionTokens;
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            /**
             * Gets the type url for Timings
             * @function getTypeUrl
             * @memberof swarmllm.v1.Timings
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Timings.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/swarmllm.v1.Timings";
            };

            return Timings;
        })();

        /**
         * Status enum.
         * @name swarmllm.v1.Status
         * @enum {number}
         * @property {number} STATUS_UNSPECIFIED=0 STATUS_UNSPECIFIED value
         * @property {number} STATUS_OK=1 STATUS_OK value
         * @property {number} STATUS_BUSY=2 STATUS_BUSY value
         * @property {number} STATUS_TIMEOUT=3 STATUS_TIMEOUT value
         * @property {number} STATUS_CONTEXT_OVERFLOW=4 STATUS_CONTEXT_OVERFLOW value
         * @property {number} STATUS_REFUSED=5 STATUS_REFUSED value
         * @property {number} STATUS_INTERNAL=6 STATUS_INTERNAL value
         * @property {number} STATUS_BUDGET_EXHAUSTED=7 STATUS_BUDGET_EXHAUSTED value
         * @property {number} STATUS_UPSTREAM_ERROR=8 STATUS_UPSTREAM_ERROR value
         */
        v1.Status = (function() {
            const valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "STATUS_UNSPECIFIED"] = 0;
            values[valuesById[1] = "STATUS_OK"] = 1;
            values[valuesById[2] = "STATUS_BUSY"] = 2;
            values[valuesById[3] = "STATUS_TIMEOUT"] = 3;
            values[valuesById[4] = "STATUS_CONTEXT_OVERFLOW"] = 4;
            values[valuesById[5] = "STATUS_REFUSED"] = 5;
            values[valuesById[6] = "STATUS_INTERNAL"] = 6;
            values[valuesById[7] = "STATUS_BUDGET_EXHAUSTED"] = 7;
            values[valuesById[8] = "STATUS_UPSTREAM_ERROR"] = 8;
            return values;
        })();

        v1.Answer = (function() {

            /**
             * Properties of an Answer.
             * @typedef {Object} swarmllm.v1.Answer.$Properties
             * @property {string|null} [queryId] Answer queryId
             * @property {string|null} [responder] Answer responder
             * @property {string|null} [text] Answer text
             * @property {swarmllm.v1.Uncertainty.$Properties|null} [uncertainty] Answer uncertainty
             * @property {string|null} [modelId] Answer modelId
             * @property {swarmllm.v1.Timings.$Properties|null} [timings] Answer timings
             * @property {swarmllm.v1.Status|null} [status] Answer status
             * @property {string|null} [error] Answer error
             * @property {string|null} [origin] Answer origin
             * @property {string|null} [toolCallsJson] Answer toolCallsJson
             * @property {string|null} [finishReason] Answer finishReason
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an Answer.
             * @memberof swarmllm.v1
             * @interface IAnswer
             * @augments swarmllm.v1.Answer.$Properties
             * @deprecated Use swarmllm.v1.Answer.$Properties instead.
             */

            /**
             * Shape of an Answer.
             * @typedef {swarmllm.v1.Answer.$Properties} swarmllm.v1.Answer.$Shape
             */

            /**
             * Constructs a new Answer.
             * @memberof swarmllm.v1
             * @classdesc Represents an Answer.
             * @constructor
             * @param {swarmllm.v1.Answer.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Answer = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * Answer queryId.
             * @member {string} queryId
             * @memberof swarmllm.v1.Answer
             * @instance
             */
            Answer.prototype.queryId = "";

            /**
             * Answer responder.
             * @member {string} responder
             * @memberof swarmllm.v1.Answer
             * @instance
             */
            Answer.prototype.responder = "";

            /**
             * Answer text.
             * @member {string} text
             * @memberof swarmllm.v1.Answer
             * @instance
             */
            Answer.prototype.text = "";

            /**
             * Answer uncertainty.
             * @member {swarmllm.v1.Uncertainty.$Properties|null|undefined} uncertainty
             * @memberof swarmllm.v1.Answer
             * @instance
             */
            Answer.prototype.uncertainty = null;

            /**
             * Answer modelId.
             * @member {string} modelId
             * @memberof swarmllm.v1.Answer
             * @instance
             */
            Answer.prototype.modelId = "";

            /**
             * Answer timings.
             * @member {swarmllm.v1.Timings.$Properties|null|undefined} timings
             * @memberof swarmllm.v1.Answer
             * @instance
             */
            Answer.prototype.timings = null;

            /**
             * Answer status.
             * @member {swarmllm.v1.Status} status
             * @memberof swarmllm.v1.Answer
             * @instance
             */
            Answer.prototype.status = 0;

            /**
             * Answer error.
             * @member {string} error
             * @memberof swarmllm.v1.Answer
             * @instance
             */
            Answer.prototype.error = "";

            /**
             * Answer origin.
             * @member {string} origin
             * @memberof swarmllm.v1.Answer
             * @instance
             */
            Answer.prototype.origin = "";

            /**
             * Answer toolCallsJson.
             * @member {string} toolCallsJson
             * @memberof swarmllm.v1.Answer
             * @instance
             */
            Answer.prototype.toolCallsJson = "";

            /**
             * Answer finishReason.
             * @member {string} finishReason
             * @memberof swarmllm.v1.Answer
             * @instance
             */
            Answer.prototype.finishReason = "";

            /**
             * Creates a new Answer instance using the specified properties.
             * @function create
             * @memberof swarmllm.v1.Answer
             * @static
             * @param {swarmllm.v1.Answer.$Properties=} [properties] Properties to set
             * @returns {swarmllm.v1.Answer} Answer instance
             * @type {{
             *   (properties: swarmllm.v1.Answer.$Shape): swarmllm.v1.Answer & swarmllm.v1.Answer.$Shape;
             *   (properties?: swarmllm.v1.Answer.$Properties): swarmllm.v1.Answer;
             * }}
             */
            Answer.create = function(properties) {
                return new Answer(properties);
            };

            /**
             * Encodes the specified Answer message. Does not implicitly {@link swarmllm.v1.Answer.verify|verify} messages.
             * @function encode
             * @memberof swarmllm.v1.Answer
             * @static
             * @param {swarmllm.v1.Answer.$Properties} m Answer message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Answer.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.queryId != null && $Object.hasOwnProperty.call(m, "queryId") && m.queryId !== "")
                    w.uint32(/* id 1, wireType 2 =*/10).string(m.queryId);
                if (m.responder != null && $Object.hasOwnProperty.call(m, "responder") && m.responder !== "")
                    w.uint32(/* id 2, wireType 2 =*/18).string(m.responder);
                if (m.text != null && $Object.hasOwnProperty.call(m, "text") && m.text !== "")
                    w.uint32(/* id 3, wireType 2 =*/26).string(m.text);
                if (m.uncertainty != null && $Object.hasOwnProperty.call(m, "uncertainty"))
                    $root.swarmllm.v1.Uncertainty.encode(m.uncertainty, w.uint32(/* id 4, wireType 2 =*/34).fork(), q + 1).ldelim();
                if (m.modelId != null && $Object.hasOwnProperty.call(m, "modelId") && m.modelId !== "")
                    w.uint32(/* id 5, wireType 2 =*/42).string(m.modelId);
                if (m.timings != null && $Object.hasOwnProperty.call(m, "timings"))
                    $root.swarmllm.v1.Timings.encode(m.timings, w.uint32(/* id 6, wireType 2 =*/50).fork(), q + 1).ldelim();
                if (m.status != null && $Object.hasOwnProperty.call(m, "status") && m.status !== 0)
                    w.uint32(/* id 7, wireType 0 =*/56).int32(m.status);
                if (m.error != null && $Object.hasOwnProperty.call(m, "error") && m.error !== "")
                    w.uint32(/* id 8, wireType 2 =*/66).string(m.error);
                if (m.origin != null && $Object.hasOwnProperty.call(m, "origin") && m.origin !== "")
                    w.uint32(/* id 9, wireType 2 =*/74).string(m.origin);
                if (m.toolCallsJson != null && $Object.hasOwnProperty.call(m, "toolCallsJson") && m.toolCallsJson !== "")
                    w.uint32(/* id 20, wireType 2 =*/162).string(m.toolCallsJson);
                if (m.finishReason != null && $Object.hasOwnProperty.call(m, "finishReason") && m.finishReason !== "")
                    w.uint32(/* id 21, wireType 2 =*/170).string(m.finishReason);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Decodes an Answer message from the specified reader or buffer.
             * @function decode
             * @memberof swarmllm.v1.Answer
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {swarmllm.v1.Answer & swarmllm.v1.Answer.$Shape} Answer
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Answer.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.swarmllm.v1.Answer();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.queryId = v;
                            else
                                delete m.queryId;
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.responder = v;
                            else
                                delete m.responder;
                            continue;
                        }
                    case 3: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.text = v;
                            else
                                delete m.text;
                            continue;
                        }
                    case 4: {
                            if (u !== 2)
                                break;
                            m.uncertainty = $root.swarmllm.v1.Uncertainty.decode(r, r.size(), $undefined, q + 1, m.uncertainty);
                            continue;
                        }
                    case 5: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.modelId = v;
                            else
                                delete m.modelId;
                            continue;
                        }
                    case 6: {
                            if (u !== 2)
                                break;
                            m.timings = $root.swarmllm.v1.Timings.decode(r, r.size(), $undefined, q + 1, m.timings);
                            continue;
                        }
                    case 7: {
                            if (u !== 0)
                                break;
                            if (v = r.int32())
                                m.status = v;
                            else
                                delete m.status;
                            continue;
                        }
                    case 8: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.error = v;
                            else
                                delete m.error;
                            continue;
                        }
                    case 9: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.origin = v;
                            else
                                delete m.origin;
                            continue;
                        }
                    case 20: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.toolCallsJson = v;
                            else
                                delete m.toolCallsJson;
                            continue;
                        }
                    case 21: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.finishReason = v;
                            else
                                delete m.finishReason;
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            /**
             * Gets the type url for Answer
             * @function getTypeUrl
             * @memberof swarmllm.v1.Answer
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Answer.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/swarmllm.v1.Answer";
            };

            return Answer;
        })();

        v1.SummonRequest = (function() {

            /**
             * Properties of a SummonRequest.
             * @typedef {Object} swarmllm.v1.SummonRequest.$Properties
             * @property {swarmllm.v1.Query.$Properties|null} [query] SummonRequest query
             * @property {string|null} [summoner] SummonRequest summoner
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a SummonRequest.
             * @memberof swarmllm.v1
             * @interface ISummonRequest
             * @augments swarmllm.v1.SummonRequest.$Properties
             * @deprecated Use swarmllm.v1.SummonRequest.$Properties instead.
             */

            /**
             * Shape of a SummonRequest.
             * @typedef {swarmllm.v1.SummonRequest.$Properties} swarmllm.v1.SummonRequest.$Shape
             */

            /**
             * Constructs a new SummonRequest.
             * @memberof swarmllm.v1
             * @classdesc Represents a SummonRequest.
             * @constructor
             * @param {swarmllm.v1.SummonRequest.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const SummonRequest = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * SummonRequest query.
             * @member {swarmllm.v1.Query.$Properties|null|undefined} query
             * @memberof swarmllm.v1.SummonRequest
             * @instance
             */
            SummonRequest.prototype.query = null;

            /**
             * SummonRequest summoner.
             * @member {string} summoner
             * @memberof swarmllm.v1.SummonRequest
             * @instance
             */
            SummonRequest.prototype.summoner = "";

            /**
             * Creates a new SummonRequest instance using the specified properties.
             * @function create
             * @memberof swarmllm.v1.SummonRequest
             * @static
             * @param {swarmllm.v1.SummonRequest.$Properties=} [properties] Properties to set
             * @returns {swarmllm.v1.SummonRequest} SummonRequest instance
             * @type {{
             *   (properties: swarmllm.v1.SummonRequest.$Shape): swarmllm.v1.SummonRequest & swarmllm.v1.SummonRequest.$Shape;
             *   (properties?: swarmllm.v1.SummonRequest.$Properties): swarmllm.v1.SummonRequest;
             * }}
             */
            SummonRequest.create = function(properties) {
                return new SummonRequest(properties);
            };

            /**
             * Encodes the specified SummonRequest message. Does not implicitly {@link swarmllm.v1.SummonRequest.verify|verify} messages.
             * @function encode
             * @memberof swarmllm.v1.SummonRequest
             * @static
             * @param {swarmllm.v1.SummonRequest.$Properties} m SummonRequest message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            SummonRequest.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.query != null && $Object.hasOwnProperty.call(m, "query"))
                    $root.swarmllm.v1.Query.encode(m.query, w.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
                if (m.summoner != null && $Object.hasOwnProperty.call(m, "summoner") && m.summoner !== "")
                    w.uint32(/* id 2, wireType 2 =*/18).string(m.summoner);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Decodes a SummonRequest message from the specified reader or buffer.
             * @function decode
             * @memberof swarmllm.v1.SummonRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {swarmllm.v1.SummonRequest & swarmllm.v1.SummonRequest.$Shape} SummonRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            SummonRequest.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.swarmllm.v1.SummonRequest();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 2)
                                break;
                            m.query = $root.swarmllm.v1.Query.decode(r, r.size(), $undefined, q + 1, m.query);
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.summoner = v;
                            else
                                delete m.summoner;
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            /**
             * Gets the type url for SummonRequest
             * @function getTypeUrl
             * @memberof swarmllm.v1.SummonRequest
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            SummonRequest.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/swarmllm.v1.SummonRequest";
            };

            return SummonRequest;
        })();

        v1.SummonResult = (function() {

            /**
             * Properties of a SummonResult.
             * @typedef {Object} swarmllm.v1.SummonResult.$Properties
             * @property {string|null} [queryId] SummonResult queryId
             * @property {string|null} [summoner] SummonResult summoner
             * @property {swarmllm.v1.Answer.$Properties|null} [answer] SummonResult answer
             * @property {number|null} [budgetLeft] SummonResult budgetLeft
             * @property {string|null} [origin] SummonResult origin
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a SummonResult.
             * @memberof swarmllm.v1
             * @interface ISummonResult
             * @augments swarmllm.v1.SummonResult.$Properties
             * @deprecated Use swarmllm.v1.SummonResult.$Properties instead.
             */

            /**
             * Shape of a SummonResult.
             * @typedef {swarmllm.v1.SummonResult.$Properties} swarmllm.v1.SummonResult.$Shape
             */

            /**
             * Constructs a new SummonResult.
             * @memberof swarmllm.v1
             * @classdesc Represents a SummonResult.
             * @constructor
             * @param {swarmllm.v1.SummonResult.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const SummonResult = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * SummonResult queryId.
             * @member {string} queryId
             * @memberof swarmllm.v1.SummonResult
             * @instance
             */
            SummonResult.prototype.queryId = "";

            /**
             * SummonResult summoner.
             * @member {string} summoner
             * @memberof swarmllm.v1.SummonResult
             * @instance
             */
            SummonResult.prototype.summoner = "";

            /**
             * SummonResult answer.
             * @member {swarmllm.v1.Answer.$Properties|null|undefined} answer
             * @memberof swarmllm.v1.SummonResult
             * @instance
             */
            SummonResult.prototype.answer = null;

            /**
             * SummonResult budgetLeft.
             * @member {number} budgetLeft
             * @memberof swarmllm.v1.SummonResult
             * @instance
             */
            SummonResult.prototype.budgetLeft = 0;

            /**
             * SummonResult origin.
             * @member {string} origin
             * @memberof swarmllm.v1.SummonResult
             * @instance
             */
            SummonResult.prototype.origin = "";

            /**
             * Creates a new SummonResult instance using the specified properties.
             * @function create
             * @memberof swarmllm.v1.SummonResult
             * @static
             * @param {swarmllm.v1.SummonResult.$Properties=} [properties] Properties to set
             * @returns {swarmllm.v1.SummonResult} SummonResult instance
             * @type {{
             *   (properties: swarmllm.v1.SummonResult.$Shape): swarmllm.v1.SummonResult & swarmllm.v1.SummonResult.$Shape;
             *   (properties?: swarmllm.v1.SummonResult.$Properties): swarmllm.v1.SummonResult;
             * }}
             */
            SummonResult.create = function(properties) {
                return new SummonResult(properties);
            };

            /**
             * Encodes the specified SummonResult message. Does not implicitly {@link swarmllm.v1.SummonResult.verify|verify} messages.
             * @function encode
             * @memberof swarmllm.v1.SummonResult
             * @static
             * @param {swarmllm.v1.SummonResult.$Properties} m SummonResult message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            SummonResult.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.queryId != null && $Object.hasOwnProperty.call(m, "queryId") && m.queryId !== "")
                    w.uint32(/* id 1, wireType 2 =*/10).string(m.queryId);
                if (m.summoner != null && $Object.hasOwnProperty.call(m, "summoner") && m.summoner !== "")
                    w.uint32(/* id 2, wireType 2 =*/18).string(m.summoner);
                if (m.answer != null && $Object.hasOwnProperty.call(m, "answer"))
                    $root.swarmllm.v1.Answer.encode(m.answer, w.uint32(/* id 3, wireType 2 =*/26).fork(), q + 1).ldelim();
                if (m.budgetLeft != null && $Object.hasOwnProperty.call(m, "budgetLeft") && m.budgetLeft !== 0)
                    w.uint32(/* id 4, wireType 0 =*/32).int32(m.budgetLeft);
                if (m.origin != null && $Object.hasOwnProperty.call(m, "origin") && m.origin !== "")
                    w.uint32(/* id 5, wireType 2 =*/42).string(m.origin);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Decodes a SummonResult message from the specified reader or buffer.
             * @function decode
             * @memberof swarmllm.v1.SummonResult
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {swarmllm.v1.SummonResult & swarmllm.v1.SummonResult.$Shape} SummonResult
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            SummonResult.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.swarmllm.v1.SummonResult();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.queryId = v;
                            else
                                delete m.queryId;
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.summoner = v;
                            else
                                delete m.summoner;
                            continue;
                        }
                    case 3: {
                            if (u !== 2)
                                break;
                            m.answer = $root.swarmllm.v1.Answer.decode(r, r.size(), $undefined, q + 1, m.answer);
                            continue;
                        }
                    case 4: {
                            if (u !== 0)
                                break;
                            if (v = r.int32())
                                m.budgetLeft = v;
                            else
                                delete m.budgetLeft;
                            continue;
                        }
                    case 5: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.origin = v;
                            else
                                delete m.origin;
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            /**
             * Gets the type url for SummonResult
             * @function getTypeUrl
             * @memberof swarmllm.v1.SummonResult
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            SummonResult.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/swarmllm.v1.SummonResult";
            };

            return SummonResult;
        })();

        v1.Leave = (function() {

            /**
             * Properties of a Leave.
             * @typedef {Object} swarmllm.v1.Leave.$Properties
             * @property {string|null} [reason] Leave reason
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Leave.
             * @memberof swarmllm.v1
             * @interface ILeave
             * @augments swarmllm.v1.Leave.$Properties
             * @deprecated Use swarmllm.v1.Leave.$Properties instead.
             */

            /**
             * Shape of a Leave.
             * @typedef {swarmllm.v1.Leave.$Properties} swarmllm.v1.Leave.$Shape
             */

            /**
             * Constructs a new Leave.
             * @memberof swarmllm.v1
             * @classdesc Represents a Leave.
             * @constructor
             * @param {swarmllm.v1.Leave.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Leave = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * Leave reason.
             * @member {string} reason
             * @memberof swarmllm.v1.Leave
             * @instance
             */
            Leave.prototype.reason = "";

            /**
             * Creates a new Leave instance using the specified properties.
             * @function create
             * @memberof swarmllm.v1.Leave
             * @static
             * @param {swarmllm.v1.Leave.$Properties=} [properties] Properties to set
             * @returns {swarmllm.v1.Leave} Leave instance
             * @type {{
             *   (properties: swarmllm.v1.Leave.$Shape): swarmllm.v1.Leave & swarmllm.v1.Leave.$Shape;
             *   (properties?: swarmllm.v1.Leave.$Properties): swarmllm.v1.Leave;
             * }}
             */
            Leave.create = function(properties) {
                return new Leave(properties);
            };

            /**
             * Encodes the specified Leave message. Does not implicitly {@link swarmllm.v1.Leave.verify|verify} messages.
             * @function encode
             * @memberof swarmllm.v1.Leave
             * @static
             * @param {swarmllm.v1.Leave.$Properties} m Leave message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Leave.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.reason != null && $Object.hasOwnProperty.call(m, "reason") && m.reason !== "")
                    w.uint32(/* id 1, wireType 2 =*/10).string(m.reason);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Decodes a Leave message from the specified reader or buffer.
             * @function decode
             * @memberof swarmllm.v1.Leave
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {swarmllm.v1.Leave & swarmllm.v1.Leave.$Shape} Leave
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Leave.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.swarmllm.v1.Leave();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.reason = v;
                            else
                                delete m.reason;
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            /**
             * Gets the type url for Leave
             * @function getTypeUrl
             * @memberof swarmllm.v1.Leave
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Leave.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/swarmllm.v1.Leave";
            };

            return Leave;
        })();

        v1.Verdict = (function() {

            /**
             * Properties of a Verdict.
             * @typedef {Object} swarmllm.v1.Verdict.$Properties
             * @property {string|null} [queryId] Verdict queryId
             * @property {string|null} [origin] Verdict origin
             * @property {Array.<swarmllm.v1.Judgement.$Properties>|null} [judgements] Verdict judgements
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Verdict.
             * @memberof swarmllm.v1
             * @interface IVerdict
             * @augments swarmllm.v1.Verdict.$Properties
             * @deprecated Use swarmllm.v1.Verdict.$Properties instead.
             */

            /**
             * Shape of a Verdict.
             * @typedef {swarmllm.v1.Verdict.$Properties} swarmllm.v1.Verdict.$Shape
             */

            /**
             * Constructs a new Verdict.
             * @memberof swarmllm.v1
             * @classdesc Represents a Verdict.
             * @constructor
             * @param {swarmllm.v1.Verdict.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Verdict = function (p) {
                this.judgements = [];
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * Verdict queryId.
             * @member {string} queryId
             * @memberof swarmllm.v1.Verdict
             * @instance
             */
            Verdict.prototype.queryId = "";

            /**
             * Verdict origin.
             * @member {string} origin
             * @memberof swarmllm.v1.Verdict
             * @instance
             */
            Verdict.prototype.origin = "";

            /**
             * Verdict judgements.
             * @member {Array.<swarmllm.v1.Judgement.$Properties>} judgements
             * @memberof swarmllm.v1.Verdict
             * @instance
             */
            Verdict.prototype.judgements = $util.emptyArray;

            /**
             * Creates a new Verdict instance using the specified properties.
             * @function create
             * @memberof swarmllm.v1.Verdict
             * @static
             * @param {swarmllm.v1.Verdict.$Properties=} [properties] Properties to set
             * @returns {swarmllm.v1.Verdict} Verdict instance
             * @type {{
             *   (properties: swarmllm.v1.Verdict.$Shape): swarmllm.v1.Verdict & swarmllm.v1.Verdict.$Shape;
             *   (properties?: swarmllm.v1.Verdict.$Properties): swarmllm.v1.Verdict;
             * }}
             */
            Verdict.create = function(properties) {
                return new Verdict(properties);
            };

            /**
             * Encodes the specified Verdict message. Does not implicitly {@link swarmllm.v1.Verdict.verify|verify} messages.
             * @function encode
             * @memberof swarmllm.v1.Verdict
             * @static
             * @param {swarmllm.v1.Verdict.$Properties} m Verdict message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Verdict.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.queryId != null && $Object.hasOwnProperty.call(m, "queryId") && m.queryId !== "")
                    w.uint32(/* id 1, wireType 2 =*/10).string(m.queryId);
                if (m.origin != null && $Object.hasOwnProperty.call(m, "origin") && m.origin !== "")
                    w.uint32(/* id 2, wireType 2 =*/18).string(m.origin);
                if (m.judgements != null && m.judgements.length) {
                    for (var i = 0; i < m.judgements.length; ++i)
                        $root.swarmllm.v1.Judgement.encode(m.judgements[i], w.uint32(/* id 3, wireType 2 =*/26).fork(), q + 1).ldelim();
                }
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Decodes a Verdict message from the specified reader or buffer.
             * @function decode
             * @memberof swarmllm.v1.Verdict
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {swarmllm.v1.Verdict & swarmllm.v1.Verdict.$Shape} Verdict
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Verdict.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.swarmllm.v1.Verdict();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.queryId = v;
                            else
                                delete m.queryId;
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.origin = v;
                            else
                                delete m.origin;
                            continue;
                        }
                    case 3: {
                            if (u !== 2)
                                break;
                            if (!(m.judgements && m.judgements.length))
                                m.judgements = [];
                            m.judgements.push($root.swarmllm.v1.Judgement.decode(r, r.size(), $undefined, q + 1));
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            /**
             * Gets the type url for Verdict
             * @function getTypeUrl
             * @memberof swarmllm.v1.Verdict
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Verdict.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/swarmllm.v1.Verdict";
            };

            return Verdict;
        })();

        v1.Judgement = (function() {

            /**
             * Properties of a Judgement.
             * @typedef {Object} swarmllm.v1.Judgement.$Properties
             * @property {string|null} [responder] Judgement responder
             * @property {boolean|null} [correct] Judgement correct
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Judgement.
             * @memberof swarmllm.v1
             * @interface IJudgement
             * @augments swarmllm.v1.Judgement.$Properties
             * @deprecated Use swarmllm.v1.Judgement.$Properties instead.
             */

            /**
             * Shape of a Judgement.
             * @typedef {swarmllm.v1.Judgement.$Properties} swarmllm.v1.Judgement.$Shape
             */

            /**
             * Constructs a new Judgement.
             * @memberof swarmllm.v1
             * @classdesc Represents a Judgement.
             * @constructor
             * @param {swarmllm.v1.Judgement.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Judgement = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * Judgement responder.
             * @member {string} responder
             * @memberof swarmllm.v1.Judgement
             * @instance
             */
            Judgement.prototype.responder = "";

            /**
             * Judgement correct.
             * @member {boolean} correct
             * @memberof swarmllm.v1.Judgement
             * @instance
             */
            Judgement.prototype.correct = false;

            /**
             * Creates a new Judgement instance using the specified properties.
             * @function create
             * @memberof swarmllm.v1.Judgement
             * @static
             * @param {swarmllm.v1.Judgement.$Properties=} [properties] Properties to set
             * @returns {swarmllm.v1.Judgement} Judgement instance
             * @type {{
             *   (properties: swarmllm.v1.Judgement.$Shape): swarmllm.v1.Judgement & swarmllm.v1.Judgement.$Shape;
             *   (properties?: swarmllm.v1.Judgement.$Properties): swarmllm.v1.Judgement;
             * }}
             */
            Judgement.create = function(properties) {
                return new Judgement(properties);
            };

            /**
             * Encodes the specified Judgement message. Does not implicitly {@link swarmllm.v1.Judgement.verify|verify} messages.
             * @function encode
             * @memberof swarmllm.v1.Judgement
             * @static
             * @param {swarmllm.v1.Judgement.$Properties} m Judgement message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Judgement.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.responder != null && $Object.hasOwnProperty.call(m, "responder") && m.responder !== "")
                    w.uint32(/* id 1, wireType 2 =*/10).string(m.responder);
                if (m.correct != null && $Object.hasOwnProperty.call(m, "correct") && m.correct !== false)
                    w.uint32(/* id 2, wireType 0 =*/16).bool(m.correct);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Decodes a Judgement message from the specified reader or buffer.
             * @function decode
             * @memberof swarmllm.v1.Judgement
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {swarmllm.v1.Judgement & swarmllm.v1.Judgement.$Shape} Judgement
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Judgement.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.swarmllm.v1.Judgement();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.responder = v;
                            else
                                delete m.responder;
                            continue;
                        }
                    case 2: {
                            if (u !== 0)
                                break;
                            if (v = r.bool())
                                m.correct = v;
                            else
                                delete m.correct;
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            /**
             * Gets the type url for Judgement
             * @function getTypeUrl
             * @memberof swarmllm.v1.Judgement
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Judgement.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/swarmllm.v1.Judgement";
            };

            return Judgement;
        })();

        v1.EmbedRequest = (function() {

            /**
             * Properties of an EmbedRequest.
             * @typedef {Object} swarmllm.v1.EmbedRequest.$Properties
             * @property {string|null} [id] EmbedRequest id
             * @property {string|null} [origin] EmbedRequest origin
             * @property {string|null} [target] EmbedRequest target
             * @property {string|null} [modelId] EmbedRequest modelId
             * @property {Array.<string>|null} [inputs] EmbedRequest inputs
             * @property {number|null} [deadlineMs] EmbedRequest deadlineMs
             * @property {number|null} [budgetMs] EmbedRequest budgetMs
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an EmbedRequest.
             * @memberof swarmllm.v1
             * @interface IEmbedRequest
             * @augments swarmllm.v1.EmbedRequest.$Properties
             * @deprecated Use swarmllm.v1.EmbedRequest.$Properties instead.
             */

            /**
             * Shape of an EmbedRequest.
             * @typedef {swarmllm.v1.EmbedRequest.$Properties} swarmllm.v1.EmbedRequest.$Shape
             */

            /**
             * Constructs a new EmbedRequest.
             * @memberof swarmllm.v1
             * @classdesc Represents an EmbedRequest.
             * @constructor
             * @param {swarmllm.v1.EmbedRequest.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const EmbedRequest = function (p) {
                this.inputs = [];
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * EmbedRequest id.
             * @member {string} id
             * @memberof swarmllm.v1.EmbedRequest
             * @instance
             */
            EmbedRequest.prototype.id = "";

            /**
             * EmbedRequest origin.
             * @member {string} origin
             * @memberof swarmllm.v1.EmbedRequest
             * @instance
             */
            EmbedRequest.prototype.origin = "";

            /**
             * EmbedRequest target.
             * @member {string} target
             * @memberof swarmllm.v1.EmbedRequest
             * @instance
             */
            EmbedRequest.prototype.target = "";

            /**
             * EmbedRequest modelId.
             * @member {string} modelId
             * @memberof swarmllm.v1.EmbedRequest
             * @instance
             */
            EmbedRequest.prototype.modelId = "";

            /**
             * EmbedRequest inputs.
             * @member {Array.<string>} inputs
             * @memberof swarmllm.v1.EmbedRequest
             * @instance
             */
            EmbedRequest.prototype.inputs = $util.emptyArray;

            /**
             * EmbedRequest deadlineMs.
             * @member {number} deadlineMs
             * @memberof swarmllm.v1.EmbedRequest
             * @instance
             */
            EmbedRequest.prototype.deadlineMs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * EmbedRequest budgetMs.
             * @member {number} budgetMs
             * @memberof swarmllm.v1.EmbedRequest
             * @instance
             */
            EmbedRequest.prototype.budgetMs = 0;

            /**
             * Creates a new EmbedRequest instance using the specified properties.
             * @function create
             * @memberof swarmllm.v1.EmbedRequest
             * @static
             * @param {swarmllm.v1.EmbedRequest.$Properties=} [properties] Properties to set
             * @returns {swarmllm.v1.EmbedRequest} EmbedRequest instance
             * @type {{
             *   (properties: swarmllm.v1.EmbedRequest.$Shape): swarmllm.v1.EmbedRequest & swarmllm.v1.EmbedRequest.$Shape;
             *   (properties?: swarmllm.v1.EmbedRequest.$Properties): swarmllm.v1.EmbedRequest;
             * }}
             */
            EmbedRequest.create = function(properties) {
                return new EmbedRequest(properties);
            };

            /**
             * Encodes the specified EmbedRequest message. Does not implicitly {@link swarmllm.v1.EmbedRequest.verify|verify} messages.
             * @function encode
             * @memberof swarmllm.v1.EmbedRequest
             * @static
             * @param {swarmllm.v1.EmbedRequest.$Properties} m EmbedRequest message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            EmbedRequest.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.id != null && $Object.hasOwnProperty.call(m, "id") && m.id !== "")
                    w.uint32(/* id 1, wireType 2 =*/10).string(m.id);
                if (m.origin != null && $Object.hasOwnProperty.call(m, "origin") && m.origin !== "")
                    w.uint32(/* id 2, wireType 2 =*/18).string(m.origin);
                if (m.target != null && $Object.hasOwnProperty.call(m, "target") && m.target !== "")
                    w.uint32(/* id 3, wireType 2 =*/26).string(m.target);
                if (m.modelId != null && $Object.hasOwnProperty.call(m, "modelId") && m.modelId !== "")
                    w.uint32(/* id 4, wireType 2 =*/34).string(m.modelId);
                if (m.inputs != null && m.inputs.length) {
                    for (var i = 0; i < m.inputs.length; ++i)
                        w.uint32(/* id 5, wireType 2 =*/42).string(m.inputs[i]);
                }
                if (m.deadlineMs != null && $Object.hasOwnProperty.call(m, "deadlineMs") && (typeof m.deadlineMs === "object" ? m.deadlineMs.low || m.deadlineMs.high : m.deadlineMs !== 0))
                    w.uint32(/* id 6, wireType 0 =*/48).uint64(m.deadlineMs);
                if (m.budgetMs != null && $Object.hasOwnProperty.call(m, "budgetMs") && m.budgetMs !== 0)
                    w.uint32(/* id 7, wireType 0 =*/56).uint32(m.budgetMs);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Decodes an EmbedRequest message from the specified reader or buffer.
             * @function decode
             * @memberof swarmllm.v1.EmbedRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {swarmllm.v1.EmbedRequest & swarmllm.v1.EmbedRequest.$Shape} EmbedRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            EmbedRequest.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.swarmllm.v1.EmbedRequest();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.id = v;
                            else
                                delete m.id;
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.origin = v;
                            else
                                delete m.origin;
                            continue;
                        }
                    case 3: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.target = v;
                            else
                                delete m.target;
                            continue;
                        }
                    case 4: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.modelId = v;
                            else
                                delete m.modelId;
                            continue;
                        }
                    case 5: {
                            if (u !== 2)
                                break;
                            if (!(m.inputs && m.inputs.length))
                                m.inputs = [];
                            m.inputs.push(r.stringVerify());
                            continue;
                        }
                    case 6: {
                            if (u !== 0)
                                break;
                            if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                                m.deadlineMs = v;
                            else
                                delete m.deadlineMs;
                            continue;
                        }
                    case 7: {
                            if (u !== 0)
                                break;
                            if (v = r.uint32())
                                m.budgetMs = v;
                            else
                                delete m.budgetMs;
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            /**
             * Gets the type url for EmbedRequest
             * @function getTypeUrl
             * @memberof swarmllm.v1.EmbedRequest
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            EmbedRequest.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/swarmllm.v1.EmbedRequest";
            };

            return EmbedRequest;
        })();

        v1.Embedding = (function() {

            /**
             * Properties of an Embedding.
             * @typedef {Object} swarmllm.v1.Embedding.$Properties
             * @property {Array.<number>|null} [values] Embedding values
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an Embedding.
             * @memberof swarmllm.v1
             * @interface IEmbedding
             * @augments swarmllm.v1.Embedding.$Properties
             * @deprecated Use swarmllm.v1.Embedding.$Properties instead.
             */

            /**
             * Shape of an Embedding.
             * @typedef {swarmllm.v1.Embedding.$Properties} swarmllm.v1.Embedding.$Shape
             */

            /**
             * Constructs a new Embedding.
             * @memberof swarmllm.v1
             * @classdesc Represents an Embedding.
             * @constructor
             * @param {swarmllm.v1.Embedding.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Embedding = function (p) {
                this.values = [];
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * Embedding values.
             * @member {Array.<number>} values
             * @memberof swarmllm.v1.Embedding
             * @instance
             */
            Embedding.prototype.values = $util.emptyArray;

            /**
             * Creates a new Embedding instance using the specified properties.
             * @function create
             * @memberof swarmllm.v1.Embedding
             * @static
             * @param {swarmllm.v1.Embedding.$Properties=} [properties] Properties to set
             * @returns {swarmllm.v1.Embedding} Embedding instance
             * @type {{
             *   (properties: swarmllm.v1.Embedding.$Shape): swarmllm.v1.Embedding & swarmllm.v1.Embedding.$Shape;
             *   (properties?: swarmllm.v1.Embedding.$Properties): swarmllm.v1.Embedding;
             * }}
             */
            Embedding.create = function(properties) {
                return new Embedding(properties);
            };

            /**
             * Encodes the specified Embedding message. Does not implicitly {@link swarmllm.v1.Embedding.verify|verify} messages.
             * @function encode
             * @memberof swarmllm.v1.Embedding
             * @static
             * @param {swarmllm.v1.Embedding.$Properties} m Embedding message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Embedding.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.values != null && m.values.length) {
                    w.uint32(/* id 1, wireType 2 =*/10).floats(m.values);
                }
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Decodes an Embedding message from the specified reader or buffer.
             * @function decode
             * @memberof swarmllm.v1.Embedding
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {swarmllm.v1.Embedding & swarmllm.v1.Embedding.$Shape} Embedding
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Embedding.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.swarmllm.v1.Embedding();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u === 2) {
                                if (!(m.values && m.values.length))
                                    m.values = [];
                                r.floats(m.values);
                                continue;
                            }
                            if (u !== 5)
                                break;
                            if (!(m.values && m.values.length))
                                m.values = [];
                            m.values.push(r.float());
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            /**
             * Gets the type url for Embedding
             * @function getTypeUrl
             * @memberof swarmllm.v1.Embedding
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Embedding.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/swarmllm.v1.Embedding";
            };

            return Embedding;
        })();

        v1.EmbedResult = (function() {

            /**
             * Properties of an EmbedResult.
             * @typedef {Object} swarmllm.v1.EmbedResult.$Properties
             * @property {string|null} [requestId] EmbedResult requestId
             * @property {string|null} [responder] EmbedResult responder
             * @property {string|null} [origin] EmbedResult origin
             * @property {string|null} [modelId] EmbedResult modelId
             * @property {Array.<swarmllm.v1.Embedding.$Properties>|null} [embeddings] EmbedResult embeddings
             * @property {number|null} [promptTokens] EmbedResult promptTokens
             * @property {swarmllm.v1.Status|null} [status] EmbedResult status
             * @property {string|null} [error] EmbedResult error
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an EmbedResult.
             * @memberof swarmllm.v1
             * @interface IEmbedResult
             * @augments swarmllm.v1.EmbedResult.$Properties
             * @deprecated Use swarmllm.v1.EmbedResult.$Properties instead.
             */

            /**
             * Shape of an EmbedResult.
             * @typedef {swarmllm.v1.EmbedResult.$Properties} swarmllm.v1.EmbedResult.$Shape
             */

            /**
             * Constructs a new EmbedResult.
             * @memberof swarmllm.v1
             * @classdesc Represents an EmbedResult.
             * @constructor
             * @param {swarmllm.v1.EmbedResult.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const EmbedResult = function (p) {
                this.embeddings = [];
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * EmbedResult requestId.
             * @member {string} requestId
             * @memberof swarmllm.v1.EmbedResult
             * @instance
             */
            EmbedResult.prototype.requestId = "";

            /**
             * EmbedResult responder.
             * @member {string} responder
             * @memberof swarmllm.v1.EmbedResult
             * @instance
             */
            EmbedResult.prototype.responder = "";

            /**
             * EmbedResult origin.
             * @member {string} origin
             * @memberof swarmllm.v1.EmbedResult
             * @instance
             */
            EmbedResult.prototype.origin = "";

            /**
             * EmbedResult modelId.
             * @member {string} modelId
             * @memberof swarmllm.v1.EmbedResult
             * @instance
             */
            EmbedResult.prototype.modelId = "";

            /**
             * EmbedResult embeddings.
             * @member {Array.<swarmllm.v1.Embedding.$Properties>} embeddings
             * @memberof swarmllm.v1.EmbedResult
             * @instance
             */
            EmbedResult.prototype.embeddings = $util.emptyArray;

            /**
             * EmbedResult promptTokens.
             * @member {number} promptTokens
             * @memberof swarmllm.v1.EmbedResult
             * @instance
             */
            EmbedResult.prototype.promptTokens = 0;

            /**
             * EmbedResult status.
             * @member {swarmllm.v1.Status} status
             * @memberof swarmllm.v1.EmbedResult
             * @instance
             */
            EmbedResult.prototype.status = 0;

            /**
             * EmbedResult error.
             * @member {string} error
             * @memberof swarmllm.v1.EmbedResult
             * @instance
             */
            EmbedResult.prototype.error = "";

            /**
             * Creates a new EmbedResult instance using the specified properties.
             * @function create
             * @memberof swarmllm.v1.EmbedResult
             * @static
             * @param {swarmllm.v1.EmbedResult.$Properties=} [properties] Properties to set
             * @returns {swarmllm.v1.EmbedResult} EmbedResult instance
             * @type {{
             *   (properties: swarmllm.v1.EmbedResult.$Shape): swarmllm.v1.EmbedResult & swarmllm.v1.EmbedResult.$Shape;
             *   (properties?: swarmllm.v1.EmbedResult.$Properties): swarmllm.v1.EmbedResult;
             * }}
             */
            EmbedResult.create = function(properties) {
                return new EmbedResult(properties);
            };

            /**
             * Encodes the specified EmbedResult message. Does not implicitly {@link swarmllm.v1.EmbedResult.verify|verify} messages.
             * @function encode
             * @memberof swarmllm.v1.EmbedResult
             * @static
             * @param {swarmllm.v1.EmbedResult.$Properties} m EmbedResult message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            EmbedResult.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.requestId != null && $Object.hasOwnProperty.call(m, "requestId") && m.requestId !== "")
                    w.uint32(/* id 1, wireType 2 =*/10).string(m.requestId);
                if (m.responder != null && $Object.hasOwnProperty.call(m, "responder") && m.responder !== "")
                    w.uint32(/* id 2, wireType 2 =*/18).string(m.responder);
                if (m.origin != null && $Object.hasOwnProperty.call(m, "origin") && m.origin !== "")
                    w.uint32(/* id 3, wireType 2 =*/26).string(m.origin);
                if (m.modelId != null && $Object.hasOwnProperty.call(m, "modelId") && m.modelId !== "")
                    w.uint32(/* id 4, wireType 2 =*/34).string(m.modelId);
                if (m.embeddings != null && m.embeddings.length) {
                    for (var i = 0; i < m.embeddings.length; ++i)
                        $root.swarmllm.v1.Embedding.encode(m.embeddings[i], w.uint32(/* id 5, wireType 2 =*/42).fork(), q + 1).ldelim();
                }
                if (m.promptTokens != null && $Object.hasOwnProperty.call(m, "promptTokens") && m.promptTokens !== 0)
                    w.uint32(/* id 6, wireType 0 =*/48).uint32(m.promptTokens);
                if (m.status != null && $Object.hasOwnProperty.call(m, "status") && m.status !== 0)
                    w.uint32(/* id 7, wireType 0 =*/56).int32(m.status);
                if (m.error != null && $Object.hasOwnProperty.call(m, "error") && m.error !== "")
                    w.uint32(/* id 8, wireType 2 =*/66).string(m.error);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Decodes an EmbedResult message from the specified reader or buffer.
             * @function decode
             * @memberof swarmllm.v1.EmbedResult
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {swarmllm.v1.EmbedResult & swarmllm.v1.EmbedResult.$Shape} EmbedResult
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            EmbedResult.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.swarmllm.v1.EmbedResult();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.requestId = v;
                            else
                                delete m.requestId;
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.responder = v;
                            else
                                delete m.responder;
                            continue;
                        }
                    case 3: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.origin = v;
                            else
                                delete m.origin;
                            continue;
                        }
                    case 4: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.modelId = v;
                            else
                                delete m.modelId;
                            continue;
                        }
                    case 5: {
                            if (u !== 2)
                                break;
                            if (!(m.embeddings && m.embeddings.length))
                                m.embeddings = [];
                            m.embeddings.push($root.swarmllm.v1.Embedding.decode(r, r.size(), $undefined, q + 1));
                            continue;
                        }
                    case 6: {
                            if (u !== 0)
                                break;
                            if (v = r.uint32())
                                m.promptTokens = v;
                            else
                                delete m.promptTokens;
                            continue;
                        }
                    case 7: {
                            if (u !== 0)
                                break;
                            if (v = r.int32())
                                m.status = v;
                            else
                                delete m.status;
                            continue;
                        }
                    case 8: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.error = v;
                            else
                                delete m.error;
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            /**
             * Gets the type url for EmbedResult
             * @function getTypeUrl
             * @memberof swarmllm.v1.EmbedResult
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            EmbedResult.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/swarmllm.v1.EmbedResult";
            };

            return EmbedResult;
        })();

        v1.Cancel = (function() {

            /**
             * Properties of a Cancel.
             * @typedef {Object} swarmllm.v1.Cancel.$Properties
             * @property {string|null} [queryId] Cancel queryId
             * @property {string|null} [origin] Cancel origin
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Cancel.
             * @memberof swarmllm.v1
             * @interface ICancel
             * @augments swarmllm.v1.Cancel.$Properties
             * @deprecated Use swarmllm.v1.Cancel.$Properties instead.
             */

            /**
             * Shape of a Cancel.
             * @typedef {swarmllm.v1.Cancel.$Properties} swarmllm.v1.Cancel.$Shape
             */

            /**
             * Constructs a new Cancel.
             * @memberof swarmllm.v1
             * @classdesc Represents a Cancel.
             * @constructor
             * @param {swarmllm.v1.Cancel.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Cancel = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * Cancel queryId.
             * @member {string} queryId
             * @memberof swarmllm.v1.Cancel
             * @instance
             */
            Cancel.prototype.queryId = "";

            /**
             * Cancel origin.
             * @member {string} origin
             * @memberof swarmllm.v1.Cancel
             * @instance
             */
            Cancel.prototype.origin = "";

            /**
             * Creates a new Cancel instance using the specified properties.
             * @function create
             * @memberof swarmllm.v1.Cancel
             * @static
             * @param {swarmllm.v1.Cancel.$Properties=} [properties] Properties to set
             * @returns {swarmllm.v1.Cancel} Cancel instance
             * @type {{
             *   (properties: swarmllm.v1.Cancel.$Shape): swarmllm.v1.Cancel & swarmllm.v1.Cancel.$Shape;
             *   (properties?: swarmllm.v1.Cancel.$Properties): swarmllm.v1.Cancel;
             * }}
             */
            Cancel.create = function(properties) {
                return new Cancel(properties);
            };

            /**
             * Encodes the specified Cancel message. Does not implicitly {@link swarmllm.v1.Cancel.verify|verify} messages.
             * @function encode
             * @memberof swarmllm.v1.Cancel
             * @static
             * @param {swarmllm.v1.Cancel.$Properties} m Cancel message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Cancel.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.queryId != null && $Object.hasOwnProperty.call(m, "queryId") && m.queryId !== "")
                    w.uint32(/* id 1, wireType 2 =*/10).string(m.queryId);
                if (m.origin != null && $Object.hasOwnProperty.call(m, "origin") && m.origin !== "")
                    w.uint32(/* id 2, wireType 2 =*/18).string(m.origin);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Decodes a Cancel message from the specified reader or buffer.
             * @function decode
             * @memberof swarmllm.v1.Cancel
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {swarmllm.v1.Cancel & swarmllm.v1.Cancel.$Shape} Cancel
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Cancel.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.swarmllm.v1.Cancel();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.queryId = v;
                            else
                                delete m.queryId;
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.origin = v;
                            else
                                delete m.origin;
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            /**
             * Gets the type url for Cancel
             * @function getTypeUrl
             * @memberof swarmllm.v1.Cancel
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Cancel.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/swarmllm.v1.Cancel";
            };

            return Cancel;
        })();

        v1.Ack = (function() {

            /**
             * Properties of an Ack.
             * @typedef {Object} swarmllm.v1.Ack.$Properties
             * @property {boolean|null} [accepted] Ack accepted
             * @property {string|null} [reason] Ack reason
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an Ack.
             * @memberof swarmllm.v1
             * @interface IAck
             * @augments swarmllm.v1.Ack.$Properties
             * @deprecated Use swarmllm.v1.Ack.$Properties instead.
             */

            /**
             * Shape of an Ack.
             * @typedef {swarmllm.v1.Ack.$Properties} swarmllm.v1.Ack.$Shape
             */

            /**
             * Constructs a new Ack.
             * @memberof swarmllm.v1
             * @classdesc Represents an Ack.
             * @constructor
             * @param {swarmllm.v1.Ack.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Ack = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * Ack accepted.
             * @member {boolean} accepted
             * @memberof swarmllm.v1.Ack
             * @instance
             */
            Ack.prototype.accepted = false;

            /**
             * Ack reason.
             * @member {string} reason
             * @memberof swarmllm.v1.Ack
             * @instance
             */
            Ack.prototype.reason = "";

            /**
             * Creates a new Ack instance using the specified properties.
             * @function create
             * @memberof swarmllm.v1.Ack
             * @static
             * @param {swarmllm.v1.Ack.$Properties=} [properties] Properties to set
             * @returns {swarmllm.v1.Ack} Ack instance
             * @type {{
             *   (properties: swarmllm.v1.Ack.$Shape): swarmllm.v1.Ack & swarmllm.v1.Ack.$Shape;
             *   (properties?: swarmllm.v1.Ack.$Properties): swarmllm.v1.Ack;
             * }}
             */
            Ack.create = function(properties) {
                return new Ack(properties);
            };

            /**
             * Encodes the specified Ack message. Does not implicitly {@link swarmllm.v1.Ack.verify|verify} messages.
             * @function encode
             * @memberof swarmllm.v1.Ack
             * @static
             * @param {swarmllm.v1.Ack.$Properties} m Ack message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Ack.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.accepted != null && $Object.hasOwnProperty.call(m, "accepted") && m.accepted !== false)
                    w.uint32(/* id 1, wireType 0 =*/8).bool(m.accepted);
                if (m.reason != null && $Object.hasOwnProperty.call(m, "reason") && m.reason !== "")
                    w.uint32(/* id 2, wireType 2 =*/18).string(m.reason);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Decodes an Ack message from the specified reader or buffer.
             * @function decode
             * @memberof swarmllm.v1.Ack
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {swarmllm.v1.Ack & swarmllm.v1.Ack.$Shape} Ack
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Ack.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.swarmllm.v1.Ack();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 0)
                                break;
                            if (v = r.bool())
                                m.accepted = v;
                            else
                                delete m.accepted;
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.reason = v;
                            else
                                delete m.reason;
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            /**
             * Gets the type url for Ack
             * @function getTypeUrl
             * @memberof swarmllm.v1.Ack
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Ack.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/swarmllm.v1.Ack";
            };

            return Ack;
        })();

        return v1;
    })();

    return swarmllm;
})();

export {
  $root as default
};

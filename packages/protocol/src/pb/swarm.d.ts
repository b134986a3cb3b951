import * as $protobuf from "protobufjs";

/** Namespace swarmllm. */
export namespace swarmllm {

    /** Namespace v1. */
    namespace v1 {

        /**
         * Properties of an Envelope.
         * @deprecated Use swarmllm.v1.Envelope.$Properties instead.
         */
        interface IEnvelope extends swarmllm.v1.Envelope.$Properties {
        }

        /** Represents an Envelope. */
        class Envelope {

            /**
             * Constructs a new Envelope.
             * @param [p] Properties to set
             */
            constructor(p?: swarmllm.v1.Envelope.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Envelope version. */
            version: number;

            /** Envelope sentAtMs. */
            sentAtMs: number;

            /** Envelope capability. */
            capability?: (swarmllm.v1.Capability.$Properties|null);

            /** Envelope query. */
            query?: (swarmllm.v1.Query.$Properties|null);

            /** Envelope answer. */
            answer?: (swarmllm.v1.Answer.$Properties|null);

            /** Envelope summonRequest. */
            summonRequest?: (swarmllm.v1.SummonRequest.$Properties|null);

            /** Envelope summonResult. */
            summonResult?: (swarmllm.v1.SummonResult.$Properties|null);

            /** Envelope leave. */
            leave?: (swarmllm.v1.Leave.$Properties|null);

            /** Envelope cancel. */
            cancel?: (swarmllm.v1.Cancel.$Properties|null);

            /** Envelope ack. */
            ack?: (swarmllm.v1.Ack.$Properties|null);

            /** Envelope verdict. */
            verdict?: (swarmllm.v1.Verdict.$Properties|null);

            /** Envelope embedRequest. */
            embedRequest?: (swarmllm.v1.EmbedRequest.$Properties|null);

            /** Envelope embedResult. */
            embedResult?: (swarmllm.v1.EmbedResult.$Properties|null);

            /** Envelope body. */
            body?: ("capability"|"query"|"answer"|"summonRequest"|"summonResult"|"leave"|"cancel"|"ack"|"verdict"|"embedRequest"|"embedResult");

            /**
             * Creates a new Envelope instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Envelope instance
             */
            static create(properties: swarmllm.v1.Envelope.$Shape): swarmllm.v1.Envelope & swarmllm.v1.Envelope.$Shape;
            static create(properties?: swarmllm.v1.Envelope.$Properties): swarmllm.v1.Envelope;

            /**
             * Encodes the specified Envelope message. Does not implicitly {@link swarmllm.v1.Envelope.verify|verify} messages.
             * @param m Envelope message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: swarmllm.v1.Envelope.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an Envelope message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {swarmllm.v1.Envelope & swarmllm.v1.Envelope.$Shape} Envelope
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): swarmllm.v1.Envelope & swarmllm.v1.Envelope.$Shape;

            /**
             * Gets the type url for Envelope
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Envelope {

            /** Properties of an Envelope. */
            interface $Properties {

                /** Envelope version */
                version?: (number|null);

                /** Envelope sentAtMs */
                sentAtMs?: (number|null);

                /** Envelope capability */
                capability?: (swarmllm.v1.Capability.$Properties|null);

                /** Envelope query */
                query?: (swarmllm.v1.Query.$Properties|null);

                /** Envelope answer */
                answer?: (swarmllm.v1.Answer.$Properties|null);

                /** Envelope summonRequest */
                summonRequest?: (swarmllm.v1.SummonRequest.$Properties|null);

                /** Envelope summonResult */
                summonResult?: (swarmllm.v1.SummonResult.$Properties|null);

                /** Envelope leave */
                leave?: (swarmllm.v1.Leave.$Properties|null);

                /** Envelope cancel */
                cancel?: (swarmllm.v1.Cancel.$Properties|null);

                /** Envelope ack */
                ack?: (swarmllm.v1.Ack.$Properties|null);

                /** Envelope verdict */
                verdict?: (swarmllm.v1.Verdict.$Properties|null);

                /** Envelope embedRequest */
                embedRequest?: (swarmllm.v1.EmbedRequest.$Properties|null);

                /** Envelope embedResult */
                embedResult?: (swarmllm.v1.EmbedResult.$Properties|null);

                /** Envelope body */
                body?: ("capability"|"query"|"answer"|"summonRequest"|"summonResult"|"leave"|"cancel"|"ack"|"verdict"|"embedRequest"|"embedResult");

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Narrowed shape of an Envelope. */
            type $Shape = {
              version?: number|null;
              sentAtMs?: number|null;
              capability?: swarmllm.v1.Capability.$Shape|null;
              query?: swarmllm.v1.Query.$Shape|null;
              answer?: swarmllm.v1.Answer.$Shape|null;
              summonRequest?: swarmllm.v1.SummonRequest.$Shape|null;
              summonResult?: swarmllm.v1.SummonResult.$Shape|null;
              leave?: swarmllm.v1.Leave.$Shape|null;
              cancel?: swarmllm.v1.Cancel.$Shape|null;
              ack?: swarmllm.v1.Ack.$Shape|null;
              verdict?: swarmllm.v1.Verdict.$Shape|null;
              embedRequest?: swarmllm.v1.EmbedRequest.$Shape|null;
              embedResult?: swarmllm.v1.EmbedResult.$Shape|null;
              $unknowns?: Uint8Array[];
            } & (
              ({ body?: undefined; capability?: null; query?: null; answer?: null; summonRequest?: null; summonResult?: null; leave?: null; cancel?: null; ack?: null; verdict?: null; embedRequest?: null; embedResult?: null }|{ body?: "capability"; capability: swarmllm.v1.Capability.$Shape; query?: null; answer?: null; summonRequest?: null; summonResult?: null; leave?: null; cancel?: null; ack?: null; verdict?: null; embedRequest?: null; embedResult?: null }|{ body?: "query"; capability?: null; query: swarmllm.v1.Query.$Shape; answer?: null; summonRequest?: null; summonResult?: null; leave?: null; cancel?: null; ack?: null; verdict?: null; embedRequest?: null; embedResult?: null }|{ body?: "answer"; capability?: null; query?: null; answer: swarmllm.v1.Answer.$Shape; summonRequest?: null; summonResult?: null; leave?: null; cancel?: null; ack?: null; verdict?: null; embedRequest?: null; embedResult?: null }|{ body?: "summonRequest"; capability?: null; query?: null; answer?: null; summonRequest: swarmllm.v1.SummonRequest.$Shape; summonResult?: null; leave?: null; cancel?: null; ack?: null; verdict?: null; embedRequest?: null; embedResult?: null }|{ body?: "summonResult"; capability?: null; query?: null; answer?: null; summonRequest?: null; summonResult: swarmllm.v1.SummonResult.$Shape; leave?: null; cancel?: null; ack?: null; verdict?: null; embedRequest?: null; embedResult?: null }|{ body?: "leave"; capability?: null; query?: null; answer?: null; summonRequest?: null; summonResult?: null; leave: swarmllm.v1.Leave.$Shape; cancel?: null; ack?: null; verdict?: null; embedRequest?: null; embedResult?: null }|{ body?: "cancel"; capability?: null; query?: null; answer?: null; summonRequest?: null; summonResult?: null; leave?: null; cancel: swarmllm.v1.Cancel.$Shape; ack?: null; verdict?: null; embedRequest?: null; embedResult?: null }|{ body?: "ack"; capability?: null; query?: null; answer?: null; summonRequest?: null; summonResult?: null; leave?: null; cancel?: null; ack: swarmllm.v1.Ack.$Shape; verdict?: null; embedRequest?: null; embedResult?: null }|{ body?: "verdict"; capability?: null; query?: null; answer?: null; summonRequest?: null; summonResult?: null; leave?: null; cancel?: null; ack?: null; verdict: swarmllm.v1.Verdict.$Shape; embedRequest?: null; embedResult?: null }|{ body?: "embedRequest"; capability?: null; query?: null; answer?: null; summonRequest?: null; summonResult?: null; leave?: null; cancel?: null; ack?: null; verdict?: null; embedRequest: swarmllm.v1.EmbedRequest.$Shape; embedResult?: null }|{ body?: "embedResult"; capability?: null; query?: null; answer?: null; summonRequest?: null; summonResult?: null; leave?: null; cancel?: null; ack?: null; verdict?: null; embedRequest?: null; embedResult: swarmllm.v1.EmbedResult.$Shape })
            );
        }

        /**
         * Properties of a Capability.
         * @deprecated Use swarmllm.v1.Capability.$Properties instead.
         */
        interface ICapability extends swarmllm.v1.Capability.$Properties {
        }

        /** Represents a Capability. */
        class Capability {

            /**
             * Constructs a new Capability.
             * @param [p] Properties to set
             */
            constructor(p?: swarmllm.v1.Capability.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Capability modelId. */
            modelId: string;

            /** Capability modelFamily. */
            modelFamily: string;

            /** Capability parameterCount. */
            parameterCount: number;

            /** Capability quantisation. */
            quantisation: string;

            /** Capability contextLength. */
            contextLength: number;

            /** Capability tokensPerSecond. */
            tokensPerSecond: number;

            /** Capability queueDepth. */
            queueDepth: number;

            /** Capability canSummon. */
            canSummon: boolean;

            /** Capability softwareVersion. */
            softwareVersion: string;

            /** Capability protocolVersion. */
            protocolVersion: number;

            /** Capability instanceId. */
            instanceId: string;

            /** Capability announceIntervalMs. */
            announceIntervalMs: number;

            /** Capability cloudModelId. */
            cloudModelId: string;

            /** Capability addresses. */
            addresses: string[];

            /**
             * Creates a new Capability instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Capability instance
             */
            static create(properties: swarmllm.v1.Capability.$Shape): swarmllm.v1.Capability & swarmllm.v1.Capability.$Shape;
            static create(properties?: swarmllm.v1.Capability.$Properties): swarmllm.v1.Capability;

            /**
             * Encodes the specified Capability message. Does not implicitly {@link swarmllm.v1.Capability.verify|verify} messages.
             * @param m Capability message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: swarmllm.v1.Capability.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Capability message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {swarmllm.v1.Capability & swarmllm.v1.Capability.$Shape} Capability
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): swarmllm.v1.Capability & swarmllm.v1.Capability.$Shape;

            /**
             * Gets the type url for Capability
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Capability {

            /** Properties of a Capability. */
            interface $Properties {

                /** Capability modelId */
                modelId?: (string|null);

                /** Capability modelFamily */
                modelFamily?: (string|null);

                /** Capability parameterCount */
                parameterCount?: (number|null);

                /** Capability quantisation */
                quantisation?: (string|null);

                /** Capability contextLength */
                contextLength?: (number|null);

                /** Capability tokensPerSecond */
                tokensPerSecond?: (number|null);

                /** Capability queueDepth */
                queueDepth?: (number|null);

                /** Capability canSummon */
                canSummon?: (boolean|null);

                /** Capability softwareVersion */
                softwareVersion?: (string|null);

                /** Capability protocolVersion */
                protocolVersion?: (number|null);

                /** Capability instanceId */
                instanceId?: (string|null);

                /** Capability announceIntervalMs */
                announceIntervalMs?: (number|null);

                /** Capability cloudModelId */
                cloudModelId?: (string|null);

                /** Capability addresses */
                addresses?: (string[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Capability. */
            type $Shape = swarmllm.v1.Capability.$Properties;
        }

        /**
         * Properties of a ChatMessage.
         * @deprecated Use swarmllm.v1.ChatMessage.$Properties instead.
         */
        interface IChatMessage extends swarmllm.v1.ChatMessage.$Properties {
        }

        /** Represents a ChatMessage. */
        class ChatMessage {

            /**
             * Constructs a new ChatMessage.
             * @param [p] Properties to set
             */
            constructor(p?: swarmllm.v1.ChatMessage.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ChatMessage role. */
            role: swarmllm.v1.ChatMessage.Role;

            /** ChatMessage content. */
            content: string;

            /** ChatMessage toolCallId. */
            toolCallId: string;

            /** ChatMessage toolCallsJson. */
            toolCallsJson: string;

            /**
             * Creates a new ChatMessage instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ChatMessage instance
             */
            static create(properties: swarmllm.v1.ChatMessage.$Shape): swarmllm.v1.ChatMessage & swarmllm.v1.ChatMessage.$Shape;
            static create(properties?: swarmllm.v1.ChatMessage.$Properties): swarmllm.v1.ChatMessage;

            /**
             * Encodes the specified ChatMessage message. Does not implicitly {@link swarmllm.v1.ChatMessage.verify|verify} messages.
             * @param m ChatMessage message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: swarmllm.v1.ChatMessage.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ChatMessage message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {swarmllm.v1.ChatMessage & swarmllm.v1.ChatMessage.$Shape} ChatMessage
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): swarmllm.v1.ChatMessage & swarmllm.v1.ChatMessage.$Shape;

            /**
             * Gets the type url for ChatMessage
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace ChatMessage {

            /** Properties of a ChatMessage. */
            interface $Properties {

                /** ChatMessage role */
                role?: (swarmllm.v1.ChatMessage.Role|null);

                /** ChatMessage content */
                content?: (string|null);

                /** ChatMessage toolCallId */
                toolCallId?: (string|null);

                /** ChatMessage toolCallsJson */
                toolCallsJson?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a ChatMessage. */
            type $Shape = swarmllm.v1.ChatMessage.$Properties;

            /** Role enum. */
            enum Role {

                /** ROLE_UNSPECIFIED value */
                ROLE_UNSPECIFIED = 0,

                /** ROLE_SYSTEM value */
                ROLE_SYSTEM = 1,

                /** ROLE_USER value */
                ROLE_USER = 2,

                /** ROLE_ASSISTANT value */
                ROLE_ASSISTANT = 3,

                /** ROLE_TOOL value */
                ROLE_TOOL = 4
            }
        }

        /**
         * Properties of a GenerationParams.
         * @deprecated Use swarmllm.v1.GenerationParams.$Properties instead.
         */
        interface IGenerationParams extends swarmllm.v1.GenerationParams.$Properties {
        }

        /** Represents a GenerationParams. */
        class GenerationParams {

            /**
             * Constructs a new GenerationParams.
             * @param [p] Properties to set
             */
            constructor(p?: swarmllm.v1.GenerationParams.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** GenerationParams maxTokens. */
            maxTokens: number;

            /** GenerationParams temperature. */
            temperature: number;

            /** GenerationParams topP. */
            topP: number;

            /** GenerationParams seed. */
            seed: number;

            /** GenerationParams stop. */
            stop: string[];

            /** GenerationParams responseFormatJson. */
            responseFormatJson: string;

            /** GenerationParams toolsJson. */
            toolsJson: string;

            /** GenerationParams toolChoiceJson. */
            toolChoiceJson: string;

            /** GenerationParams frequencyPenalty. */
            frequencyPenalty: number;

            /** GenerationParams presencePenalty. */
            presencePenalty: number;

            /** GenerationParams prompt. */
            prompt: string;

            /** GenerationParams hasPrompt. */
            hasPrompt: boolean;

            /**
             * Creates a new GenerationParams instance using the specified properties.
             * @param [properties] Properties to set
             * @returns GenerationParams instance
             */
            static create(properties: swarmllm.v1.GenerationParams.$Shape): swarmllm.v1.GenerationParams & swarmllm.v1.GenerationParams.$Shape;
            static create(properties?: swarmllm.v1.GenerationParams.$Properties): swarmllm.v1.GenerationParams;

            /**
             * Encodes the specified GenerationParams message. Does not implicitly {@link swarmllm.v1.GenerationParams.verify|verify} messages.
             * @param m GenerationParams message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: swarmllm.v1.GenerationParams.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a GenerationParams message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {swarmllm.v1.GenerationParams & swarmllm.v1.GenerationParams.$Shape} GenerationParams
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): swarmllm.v1.GenerationParams & swarmllm.v1.GenerationParams.$Shape;

            /**
             * Gets the type url for GenerationParams
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace GenerationParams {

            /** Properties of a GenerationParams. */
            interface $Properties {

                /** GenerationParams maxTokens */
                maxTokens?: (number|null);

                /** GenerationParams temperature */
                temperature?: (number|null);

                /** GenerationParams topP */
                topP?: (number|null);

                /** GenerationParams seed */
                seed?: (number|null);

                /** GenerationParams stop */
                stop?: (string[]|null);

                /** GenerationParams responseFormatJson */
                responseFormatJson?: (string|null);

                /** GenerationParams toolsJson */
                toolsJson?: (string|null);

                /** GenerationParams toolChoiceJson */
                toolChoiceJson?: (string|null);

                /** GenerationParams frequencyPenalty */
                frequencyPenalty?: (number|null);

                /** GenerationParams presencePenalty */
                presencePenalty?: (number|null);

                /** GenerationParams prompt */
                prompt?: (string|null);

                /** GenerationParams hasPrompt */
                hasPrompt?: (boolean|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a GenerationParams. */
            type $Shape = swarmllm.v1.GenerationParams.$Properties;
        }

        /**
         * Properties of a Query.
         * @deprecated Use swarmllm.v1.Query.$Properties instead.
         */
        interface IQuery extends swarmllm.v1.Query.$Properties {
        }

        /** Represents a Query. */
        class Query {

            /**
             * Constructs a new Query.
             * @param [p] Properties to set
             */
            constructor(p?: swarmllm.v1.Query.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Query id. */
            id: string;

            /** Query origin. */
            origin: string;

            /** Query messages. */
            messages: swarmllm.v1.ChatMessage.$Properties[];

            /** Query params. */
            params?: (swarmllm.v1.GenerationParams.$Properties|null);

            /** Query deadlineMs. */
            deadlineMs: number;

            /** Query lanOnly. */
            lanOnly: boolean;

            /** Query targets. */
            targets: string[];

            /** Query budgetMs. */
            budgetMs: number;

            /**
             * Creates a new Query instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Query instance
             */
            static create(properties: swarmllm.v1.Query.$Shape): swarmllm.v1.Query & swarmllm.v1.Query.$Shape;
            static create(properties?: swarmllm.v1.Query.$Properties): swarmllm.v1.Query;

            /**
             * Encodes the specified Query message. Does not implicitly {@link swarmllm.v1.Query.verify|verify} messages.
             * @param m Query message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: swarmllm.v1.Query.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Query message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {swarmllm.v1.Query & swarmllm.v1.Query.$Shape} Query
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): swarmllm.v1.Query & swarmllm.v1.Query.$Shape;

            /**
             * Gets the type url for Query
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Query {

            /** Properties of a Query. */
            interface $Properties {

                /** Query id */
                id?: (string|null);

                /** Query origin */
                origin?: (string|null);

                /** Query messages */
                messages?: (swarmllm.v1.ChatMessage.$Properties[]|null);

                /** Query params */
                params?: (swarmllm.v1.GenerationParams.$Properties|null);

                /** Query deadlineMs */
                deadlineMs?: (number|null);

                /** Query lanOnly */
                lanOnly?: (boolean|null);

                /** Query targets */
                targets?: (string[]|null);

                /** Query budgetMs */
                budgetMs?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Query. */
            type $Shape = swarmllm.v1.Query.$Properties;
        }

        /**
         * Properties of an Uncertainty.
         * @deprecated Use swarmllm.v1.Uncertainty.$Properties instead.
         */
        interface IUncertainty extends swarmllm.v1.Uncertainty.$Properties {
        }

        /** Represents an Uncertainty. */
        class Uncertainty {

            /**
             * Constructs a new Uncertainty.
             * @param [p] Properties to set
             */
            constructor(p?: swarmllm.v1.Uncertainty.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Uncertainty meanLogprob. */
            meanLogprob: number;

            /** Uncertainty minTokenProb. */
            minTokenProb: number;

            /** Uncertainty meanEntropy. */
            meanEntropy: number;

            /** Uncertainty confidence. */
            confidence: number;

            /** Uncertainty tokenCount. */
            tokenCount: number;

            /**
             * Creates a new Uncertainty instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Uncertainty instance
             */
            static create(properties: swarmllm.v1.Uncertainty.$Shape): swarmllm.v1.Uncertainty & swarmllm.v1.Uncertainty.$Shape;
            static create(properties?: swarmllm.v1.Uncertainty.$Properties): swarmllm.v1.Uncertainty;

            /**
             * Encodes the specified Uncertainty message. Does not implicitly {@link swarmllm.v1.Uncertainty.verify|verify} messages.
             * @param m Uncertainty message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: swarmllm.v1.Uncertainty.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an Uncertainty message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {swarmllm.v1.Uncertainty & swarmllm.v1.Uncertainty.$Shape} Uncertainty
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): swarmllm.v1.Uncertainty & swarmllm.v1.Uncertainty.$Shape;

            /**
             * Gets the type url for Uncertainty
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Uncertainty {

            /** Properties of an Uncertainty. */
            interface $Properties {

                /** Uncertainty meanLogprob */
                meanLogprob?: (number|null);

                /** Uncertainty minTokenProb */
                minTokenProb?: (number|null);

                /** Uncertainty meanEntropy */
                meanEntropy?: (number|null);

                /** Uncertainty confidence */
                confidence?: (number|null);

                /** Uncertainty tokenCount */
                tokenCount?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an Uncertainty. */
            type $Shape = swarmllm.v1.Uncertainty.$Properties;
        }

        /**
         * Properties of a Timings.
         * @deprecated Use swarmllm.v1.Timings.$Properties instead.
         */
        interface ITimings extends swarmllm.v1.Timings.$Properties {
        }

        /** Represents a Timings. */
        class Timings {

            /**
             * Constructs a new Timings.
             * @param [p] Properties to set
             */
            constructor(p?: swarmllm.v1.Timings.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Timings queueMs. */
            queueMs: number;

            /** Timings timeToFirstTokenMs. */
            timeToFirstTokenMs: number;

            /** Timings totalMs. */
            totalMs: number;

            /** Timings promptTokens. */
            promptTokens: number;

            /** Timings completionTokens. */
            completionTokens: number;

            /**
             * Creates a new Timings instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Timings instance
             */
            static create(properties: swarmllm.v1.Timings.$Shape): swarmllm.v1.Timings & swarmllm.v1.Timings.$Shape;
            static create(properties?: swarmllm.v1.Timings.$Properties): swarmllm.v1.Timings;

            /**
             * Encodes the specified Timings message. Does not implicitly {@link swarmllm.v1.Timings.verify|verify} messages.
             * @param m Timings message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: swarmllm.v1.Timings.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Timings message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {swarmllm.v1.Timings & swarmllm.v1.Timings.$Shape} Timings
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): swarmllm.v1.Timings & swarmllm.v1.Timings.$Shape;

            /**
             * Gets the type url for Timings
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Timings {

            /** Properties of a Timings. */
            interface $Properties {

                /** Timings queueMs */
                queueMs?: (number|null);

                /** Timings timeToFirstTokenMs */
                timeToFirstTokenMs?: (number|null);

                /** Timings totalMs */
                totalMs?: (number|null);

                /** Timings promptTokens */
                promptTokens?: (number|null);

                /** Timings completionTokens */
                completionTokens?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Timings. */
            type $Shape = swarmllm.v1.Timings.$Properties;
        }

        /** Status enum. */
        enum Status {

            /** STATUS_UNSPECIFIED value */
            STATUS_UNSPECIFIED = 0,

            /** STATUS_OK value */
            STATUS_OK = 1,

            /** STATUS_BUSY value */
            STATUS_BUSY = 2,

            /** STATUS_TIMEOUT value */
            STATUS_TIMEOUT = 3,

            /** STATUS_CONTEXT_OVERFLOW value */
            STATUS_CONTEXT_OVERFLOW = 4,

            /** STATUS_REFUSED value */
            STATUS_REFUSED = 5,

            /** STATUS_INTERNAL value */
            STATUS_INTERNAL = 6,

            /** STATUS_BUDGET_EXHAUSTED value */
            STATUS_BUDGET_EXHAUSTED = 7,

            /** STATUS_UPSTREAM_ERROR value */
            STATUS_UPSTREAM_ERROR = 8
        }

        /**
         * Properties of an Answer.
         * @deprecated Use swarmllm.v1.Answer.$Properties instead.
         */
        interface IAnswer extends swarmllm.v1.Answer.$Properties {
        }

        /** Represents an Answer. */
        class Answer {

            /**
             * Constructs a new Answer.
             * @param [p] Properties to set
             */
            constructor(p?: swarmllm.v1.Answer.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Answer queryId. */
            queryId: string;

            /** Answer responder. */
            responder: string;

            /** Answer text. */
            text: string;

            /** Answer uncertainty. */
            uncertainty?: (swarmllm.v1.Uncertainty.$Properties|null);

            /** Answer modelId. */
            modelId: string;

            /** Answer timings. */
            timings?: (swarmllm.v1.Timings.$Properties|null);

            /** Answer status. */
            status: swarmllm.v1.Status;

            /** Answer error. */
            error: string;

            /** Answer origin. */
            origin: string;

            /** Answer toolCallsJson. */
            toolCallsJson: string;

            /** Answer finishReason. */
            finishReason: string;

            /**
             * Creates a new Answer instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Answer instance
             */
            static create(properties: swarmllm.v1.Answer.$Shape): swarmllm.v1.Answer & swarmllm.v1.Answer.$Shape;
            static create(properties?: swarmllm.v1.Answer.$Properties): swarmllm.v1.Answer;

            /**
             * Encodes the specified Answer message. Does not implicitly {@link swarmllm.v1.Answer.verify|verify} messages.
             * @param m Answer message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: swarmllm.v1.Answer.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an Answer message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {swarmllm.v1.Answer & swarmllm.v1.Answer.$Shape} Answer
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): swarmllm.v1.Answer & swarmllm.v1.Answer.$Shape;

            /**
             * Gets the type url for Answer
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Answer {

            /** Properties of an Answer. */
            interface $Properties {

                /** Answer queryId */
                queryId?: (string|null);

                /** Answer responder */
                responder?: (string|null);

                /** Answer text */
                text?: (string|null);

                /** Answer uncertainty */
                uncertainty?: (swarmllm.v1.Uncertainty.$Properties|null);

                /** Answer modelId */
                modelId?: (string|null);

                /** Answer timings */
                timings?: (swarmllm.v1.Timings.$Properties|null);

                /** Answer status */
                status?: (swarmllm.v1.Status|null);

                /** Answer error */
                error?: (string|null);

                /** Answer origin */
                origin?: (string|null);

                /** Answer toolCallsJson */
                toolCallsJson?: (string|null);

                /** Answer finishReason */
                finishReason?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an Answer. */
            type $Shape = swarmllm.v1.Answer.$Properties;
        }

        /**
         * Properties of a SummonRequest.
         * @deprecated Use swarmllm.v1.SummonRequest.$Properties instead.
         */
        interface ISummonRequest extends swarmllm.v1.SummonRequest.$Properties {
        }

        /** Represents a SummonRequest. */
        class SummonRequest {

            /**
             * Constructs a new SummonRequest.
             * @param [p] Properties to set
             */
            constructor(p?: swarmllm.v1.SummonRequest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** SummonRequest query. */
            query?: (swarmllm.v1.Query.$Properties|null);

            /** SummonRequest summoner. */
            summoner: string;

            /**
             * Creates a new SummonRequest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns SummonRequest instance
             */
            static create(properties: swarmllm.v1.SummonRequest.$Shape): swarmllm.v1.SummonRequest & swarmllm.v1.SummonRequest.$Shape;
            static create(properties?: swarmllm.v1.SummonRequest.$Properties): swarmllm.v1.SummonRequest;

            /**
             * Encodes the specified SummonRequest message. Does not implicitly {@link swarmllm.v1.SummonRequest.verify|verify} messages.
             * @param m SummonRequest message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: swarmllm.v1.SummonRequest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a SummonRequest message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {swarmllm.v1.SummonRequest & swarmllm.v1.SummonRequest.$Shape} SummonRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): swarmllm.v1.SummonRequest & swarmllm.v1.SummonRequest.$Shape;

            /**
             * Gets the type url for SummonRequest
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace SummonRequest {

            /** Properties of a SummonRequest. */
            interface $Properties {

                /** SummonRequest query */
                query?: (swarmllm.v1.Query.$Properties|null);

                /** SummonRequest summoner */
                summoner?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a SummonRequest. */
            type $Shape = swarmllm.v1.SummonRequest.$Properties;
        }

        /**
         * Properties of a SummonResult.
         * @deprecated Use swarmllm.v1.SummonResult.$Properties instead.
         */
        interface ISummonResult extends swarmllm.v1.SummonResult.$Properties {
        }

        /** Represents a SummonResult. */
        class SummonResult {

            /**
             * Constructs a new SummonResult.
             * @param [p] Properties to set
             */
            constructor(p?: swarmllm.v1.SummonResult.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** SummonResult queryId. */
            queryId: string;

            /** SummonResult summoner. */
            summoner: string;

            /** SummonResult answer. */
            answer?: (swarmllm.v1.Answer.$Properties|null);

            /** SummonResult budgetLeft. */
            budgetLeft: number;

            /** SummonResult origin. */
            origin: string;

            /**
             * Creates a new SummonResult instance using the specified properties.
             * @param [properties] Properties to set
             * @returns SummonResult instance
             */
            static create(properties: swarmllm.v1.SummonResult.$Shape): swarmllm.v1.SummonResult & swarmllm.v1.SummonResult.$Shape;
            static create(properties?: swarmllm.v1.SummonResult.$Properties): swarmllm.v1.SummonResult;

            /**
             * Encodes the specified SummonResult message. Does not implicitly {@link swarmllm.v1.SummonResult.verify|verify} messages.
             * @param m SummonResult message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: swarmllm.v1.SummonResult.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a SummonResult message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {swarmllm.v1.SummonResult & swarmllm.v1.SummonResult.$Shape} SummonResult
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): swarmllm.v1.SummonResult & swarmllm.v1.SummonResult.$Shape;

            /**
             * Gets the type url for SummonResult
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace SummonResult {

            /** Properties of a SummonResult. */
            interface $Properties {

                /** SummonResult queryId */
                queryId?: (string|null);

                /** SummonResult summoner */
                summoner?: (string|null);

                /** SummonResult answer */
                answer?: (swarmllm.v1.Answer.$Properties|null);

                /** SummonResult budgetLeft */
                budgetLeft?: (number|null);

                /** SummonResult origin */
                origin?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a SummonResult. */
            type $Shape = swarmllm.v1.SummonResult.$Properties;
        }

        /**
         * Properties of a Leave.
         * @deprecated Use swarmllm.v1.Leave.$Properties instead.
         */
        interface ILeave extends swarmllm.v1.Leave.$Properties {
        }

        /** Represents a Leave. */
        class Leave {

            /**
             * Constructs a new Leave.
             * @param [p] Properties to set
             */
            constructor(p?: swarmllm.v1.Leave.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Leave reason. */
            reason: string;

            /**
             * Creates a new Leave instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Leave instance
             */
            static create(properties: swarmllm.v1.Leave.$Shape): swarmllm.v1.Leave & swarmllm.v1.Leave.$Shape;
            static create(properties?: swarmllm.v1.Leave.$Properties): swarmllm.v1.Leave;

            /**
             * Encodes the specified Leave message. Does not implicitly {@link swarmllm.v1.Leave.verify|verify} messages.
             * @param m Leave message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: swarmllm.v1.Leave.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Leave message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {swarmllm.v1.Leave & swarmllm.v1.Leave.$Shape} Leave
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): swarmllm.v1.Leave & swarmllm.v1.Leave.$Shape;

            /**
             * Gets the type url for Leave
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Leave {

            /** Properties of a Leave. */
            interface $Properties {

                /** Leave reason */
                reason?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Leave. */
            type $Shape = swarmllm.v1.Leave.$Properties;
        }

        /**
         * Properties of a Verdict.
         * @deprecated Use swarmllm.v1.Verdict.$Properties instead.
         */
        interface IVerdict extends swarmllm.v1.Verdict.$Properties {
        }

        /** Represents a Verdict. */
        class Verdict {

            /**
             * Constructs a new Verdict.
             * @param [p] Properties to set
             */
            constructor(p?: swarmllm.v1.Verdict.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Verdict queryId. */
            queryId: string;

            /** Verdict origin. */
            origin: string;

            /** Verdict judgements. */
            judgements: swarmllm.v1.Judgement.$Properties[];

            /**
             * Creates a new Verdict instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Verdict instance
             */
            static create(properties: swarmllm.v1.Verdict.$Shape): swarmllm.v1.Verdict & swarmllm.v1.Verdict.$Shape;
            static create(properties?: swarmllm.v1.Verdict.$Properties): swarmllm.v1.Verdict;

            /**
             * Encodes the specified Verdict message. Does not implicitly {@link swarmllm.v1.Verdict.verify|verify} messages.
             * @param m Verdict message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: swarmllm.v1.Verdict.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Verdict message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {swarmllm.v1.Verdict & swarmllm.v1.Verdict.$Shape} Verdict
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): swarmllm.v1.Verdict & swarmllm.v1.Verdict.$Shape;

            /**
             * Gets the type url for Verdict
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Verdict {

            /** Properties of a Verdict. */
            interface $Properties {

                /** Verdict queryId */
                queryId?: (string|null);

                /** Verdict origin */
                origin?: (string|null);

                /** Verdict judgements */
                judgements?: (swarmllm.v1.Judgement.$Properties[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Verdict. */
            type $Shape = swarmllm.v1.Verdict.$Properties;
        }

        /**
         * Properties of a Judgement.
         * @deprecated Use swarmllm.v1.Judgement.$Properties instead.
         */
        interface IJudgement extends swarmllm.v1.Judgement.$Properties {
        }

        /** Represents a Judgement. */
        class Judgement {

            /**
             * Constructs a new Judgement.
             * @param [p] Properties to set
             */
            constructor(p?: swarmllm.v1.Judgement.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Judgement responder. */
            responder: string;

            /** Judgement correct. */
            correct: boolean;

            /**
             * Creates a new Judgement instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Judgement instance
             */
            static create(properties: swarmllm.v1.Judgement.$Shape): swarmllm.v1.Judgement & swarmllm.v1.Judgement.$Shape;
            static create(properties?: swarmllm.v1.Judgement.$Properties): swarmllm.v1.Judgement;

            /**
             * Encodes the specified Judgement message. Does not implicitly {@link swarmllm.v1.Judgement.verify|verify} messages.
             * @param m Judgement message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: swarmllm.v1.Judgement.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Judgement message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {swarmllm.v1.Judgement & swarmllm.v1.Judgement.$Shape} Judgement
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): swarmllm.v1.Judgement & swarmllm.v1.Judgement.$Shape;

            /**
             * Gets the type url for Judgement
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Judgement {

            /** Properties of a Judgement. */
            interface $Properties {

                /** Judgement responder */
                responder?: (string|null);

                /** Judgement correct */
                correct?: (boolean|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Judgement. */
            type $Shape = swarmllm.v1.Judgement.$Properties;
        }

        /**
         * Properties of an EmbedRequest.
         * @deprecated Use swarmllm.v1.EmbedRequest.$Properties instead.
         */
        interface IEmbedRequest extends swarmllm.v1.EmbedRequest.$Properties {
        }

        /** Represents an EmbedRequest. */
        class EmbedRequest {

            /**
             * Constructs a new EmbedRequest.
             * @param [p] Properties to set
             */
            constructor(p?: swarmllm.v1.EmbedRequest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** EmbedRequest id. */
            id: string;

            /** EmbedRequest origin. */
            origin: string;

            /** EmbedRequest target. */
            target: string;

            /** EmbedRequest modelId. */
            modelId: string;

            /** EmbedRequest inputs. */
            inputs: string[];

            /** EmbedRequest deadlineMs. */
            deadlineMs: number;

            /** EmbedRequest budgetMs. */
            budgetMs: number;

            /**
             * Creates a new EmbedRequest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns EmbedRequest instance
             */
            static create(properties: swarmllm.v1.EmbedRequest.$Shape): swarmllm.v1.EmbedRequest & swarmllm.v1.EmbedRequest.$Shape;
            static create(properties?: swarmllm.v1.EmbedRequest.$Properties): swarmllm.v1.EmbedRequest;

            /**
             * Encodes the specified EmbedRequest message. Does not implicitly {@link swarmllm.v1.EmbedRequest.verify|verify} messages.
             * @param m EmbedRequest message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: swarmllm.v1.EmbedRequest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an EmbedRequest message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {swarmllm.v1.EmbedRequest & swarmllm.v1.EmbedRequest.$Shape} EmbedRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): swarmllm.v1.EmbedRequest & swarmllm.v1.EmbedRequest.$Shape;

            /**
             * Gets the type url for EmbedRequest
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace EmbedRequest {

            /** Properties of an EmbedRequest. */
            interface $Properties {

                /** EmbedRequest id */
                id?: (string|null);

                /** EmbedRequest origin */
                origin?: (string|null);

                /** EmbedRequest target */
                target?: (string|null);

                /** EmbedRequest modelId */
                modelId?: (string|null);

                /** EmbedRequest inputs */
                inputs?: (string[]|null);

                /** EmbedRequest deadlineMs */
                deadlineMs?: (number|null);

                /** EmbedRequest budgetMs */
                budgetMs?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an EmbedRequest. */
            type $Shape = swarmllm.v1.EmbedRequest.$Properties;
        }

        /**
         * Properties of an Embedding.
         * @deprecated Use swarmllm.v1.Embedding.$Properties instead.
         */
        interface IEmbedding extends swarmllm.v1.Embedding.$Properties {
        }

        /** Represents an Embedding. */
        class Embedding {

            /**
             * Constructs a new Embedding.
             * @param [p] Properties to set
             */
            constructor(p?: swarmllm.v1.Embedding.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Embedding values. */
            values: number[];

            /**
             * Creates a new Embedding instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Embedding instance
             */
            static create(properties: swarmllm.v1.Embedding.$Shape): swarmllm.v1.Embedding & swarmllm.v1.Embedding.$Shape;
            static create(properties?: swarmllm.v1.Embedding.$Properties): swarmllm.v1.Embedding;

            /**
             * Encodes the specified Embedding message. Does not implicitly {@link swarmllm.v1.Embedding.verify|verify} messages.
             * @param m Embedding message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: swarmllm.v1.Embedding.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an Embedding message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {swarmllm.v1.Embedding & swarmllm.v1.Embedding.$Shape} Embedding
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): swarmllm.v1.Embedding & swarmllm.v1.Embedding.$Shape;

            /**
             * Gets the type url for Embedding
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Embedding {

            /** Properties of an Embedding. */
            interface $Properties {

                /** Embedding values */
                values?: (number[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an Embedding. */
            type $Shape = swarmllm.v1.Embedding.$Properties;
        }

        /**
         * Properties of an EmbedResult.
         * @deprecated Use swarmllm.v1.EmbedResult.$Properties instead.
         */
        interface IEmbedResult extends swarmllm.v1.EmbedResult.$Properties {
        }

        /** Represents an EmbedResult. */
        class EmbedResult {

            /**
             * Constructs a new EmbedResult.
             * @param [p] Properties to set
             */
            constructor(p?: swarmllm.v1.EmbedResult.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** EmbedResult requestId. */
            requestId: string;

            /** EmbedResult responder. */
            responder: string;

            /** EmbedResult origin. */
            origin: string;

            /** EmbedResult modelId. */
            modelId: string;

            /** EmbedResult embeddings. */
            embeddings: swarmllm.v1.Embedding.$Properties[];

            /** EmbedResult promptTokens. */
            promptTokens: number;

            /** EmbedResult status. */
            status: swarmllm.v1.Status;

            /** EmbedResult error. */
            error: string;

            /**
             * Creates a new EmbedResult instance using the specified properties.
             * @param [properties] Properties to set
             * @returns EmbedResult instance
             */
            static create(properties: swarmllm.v1.EmbedResult.$Shape): swarmllm.v1.EmbedResult & swarmllm.v1.EmbedResult.$Shape;
            static create(properties?: swarmllm.v1.EmbedResult.$Properties): swarmllm.v1.EmbedResult;

            /**
             * Encodes the specified EmbedResult message. Does not implicitly {@link swarmllm.v1.EmbedResult.verify|verify} messages.
             * @param m EmbedResult message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: swarmllm.v1.EmbedResult.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an EmbedResult message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {swarmllm.v1.EmbedResult & swarmllm.v1.EmbedResult.$Shape} EmbedResult
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): swarmllm.v1.EmbedResult & swarmllm.v1.EmbedResult.$Shape;

            /**
             * Gets the type url for EmbedResult
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace EmbedResult {

            /** Properties of an EmbedResult. */
            interface $Properties {

                /** EmbedResult requestId */
                requestId?: (string|null);

                /** EmbedResult responder */
                responder?: (string|null);

                /** EmbedResult origin */
                origin?: (string|null);

                /** EmbedResult modelId */
                modelId?: (string|null);

                /** EmbedResult embeddings */
                embeddings?: (swarmllm.v1.Embedding.$Properties[]|null);

                /** EmbedResult promptTokens */
                promptTokens?: (number|null);

                /** EmbedResult status */
                status?: (swarmllm.v1.Status|null);

                /** EmbedResult error */
                error?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an EmbedResult. */
            type $Shape = swarmllm.v1.EmbedResult.$Properties;
        }

        /**
         * Properties of a Cancel.
         * @deprecated Use swarmllm.v1.Cancel.$Properties instead.
         */
        interface ICancel extends swarmllm.v1.Cancel.$Properties {
        }

        /** Represents a Cancel. */
        class Cancel {

            /**
             * Constructs a new Cancel.
             * @param [p] Properties to set
             */
            constructor(p?: swarmllm.v1.Cancel.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Cancel queryId. */
            queryId: string;

            /** Cancel origin. */
            origin: string;

            /**
             * Creates a new Cancel instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Cancel instance
             */
            static create(properties: swarmllm.v1.Cancel.$Shape): swarmllm.v1.Cancel & swarmllm.v1.Cancel.$Shape;
            static create(properties?: swarmllm.v1.Cancel.$Properties): swarmllm.v1.Cancel;

            /**
             * Encodes the specified Cancel message. Does not implicitly {@link swarmllm.v1.Cancel.verify|verify} messages.
             * @param m Cancel message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: swarmllm.v1.Cancel.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Cancel message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {swarmllm.v1.Cancel & swarmllm.v1.Cancel.$Shape} Cancel
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): swarmllm.v1.Cancel & swarmllm.v1.Cancel.$Shape;

            /**
             * Gets the type url for Cancel
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Cancel {

            /** Properties of a Cancel. */
            interface $Properties {

                /** Cancel queryId */
                queryId?: (string|null);

                /** Cancel origin */
                origin?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Cancel. */
            type $Shape = swarmllm.v1.Cancel.$Properties;
        }

        /**
         * Properties of an Ack.
         * @deprecated Use swarmllm.v1.Ack.$Properties instead.
         */
        interface IAck extends swarmllm.v1.Ack.$Properties {
        }

        /** Represents an Ack. */
        class Ack {

            /**
             * Constructs a new Ack.
             * @param [p] Properties to set
             */
            constructor(p?: swarmllm.v1.Ack.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Ack accepted. */
            accepted: boolean;

            /** Ack reason. */
            reason: string;

            /**
             * Creates a new Ack instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Ack instance
             */
            static create(properties: swarmllm.v1.Ack.$Shape): swarmllm.v1.Ack & swarmllm.v1.Ack.$Shape;
            static create(properties?: swarmllm.v1.Ack.$Properties): swarmllm.v1.Ack;

            /**
             * Encodes the specified Ack message. Does not implicitly {@link swarmllm.v1.Ack.verify|verify} messages.
             * @param m Ack message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: swarmllm.v1.Ack.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an Ack message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {swarmllm.v1.Ack & swarmllm.v1.Ack.$Shape} Ack
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): swarmllm.v1.Ack & swarmllm.v1.Ack.$Shape;

            /**
             * Gets the type url for Ack
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Ack {

            /** Properties of an Ack. */
            interface $Properties {

                /** Ack accepted */
                accepted?: (boolean|null);

                /** Ack reason */
                reason?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an Ack. */
            type $Shape = swarmllm.v1.Ack.$Properties;
        }
    }
}

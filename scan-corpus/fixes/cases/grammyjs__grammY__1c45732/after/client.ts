import { createDebug } from "@grammyjs/debug";
import type { ApiMethods, ApiResponse, Present } from "./types.ts";
import { toBotApiError, toHttpError } from "./error.ts";
import {
    createFormDataPayload,
    createJsonPayload,
    createJsonPayloadBody,
    requiresFormDataUpload,
} from "./payload.ts";
const debug = createDebug("grammy:core");

// Available under `bot.api.raw`
/**
 * Represents the raw Telegram Bot API with all methods specified exactly as
 * documented on the website (https://core.telegram.org/bots/api).
 *
 * Every method takes an optional {@link AbortSignal} object that allows to
 * cancel the API call if desired.
 */
export type RawApi = {
    [M in keyof ApiMethods]: ApiMethods[M] extends (args: infer A) => infer R
        ? (args: A, signal?: AbortSignal) => Promise<R>
        : never;
};
export type CallData<R extends RawApi = RawApi> = {
    [M in string & keyof R]: R[M] extends (args: infer P) => unknown
        ? { method: M; payload: P }
        : never;
}[string & keyof R];

export type SendData<R extends RawApi = RawApi> =
    | string
    | (Partial<ApiParameters<"sendMessage", R>> & { text: string })
    | (Partial<ApiParameters<"sendLivePhoto", R>> & {
        live_photo: Present;
        photo: Present;
    })
    | (Partial<ApiParameters<"sendPhoto", R>> & { photo: Present })
    | (Partial<ApiParameters<"sendAudio", R>> & { audio: Present })
    | (Partial<ApiParameters<"sendDocument", R>> & { document: Present })
    | (Partial<ApiParameters<"sendVideo", R>> & { video: Present })
    | (Partial<ApiParameters<"sendAnimation", R>> & { animation: Present })
    | (Partial<ApiParameters<"sendVoice", R>> & { voice: Present })
    | (Partial<ApiParameters<"sendVideoNote", R>> & { video_note: Present })
    | (Partial<ApiParameters<"sendPaidMedia", R>> & {
        media: Present;
        star_count: Present;
    })
    | (Partial<ApiParameters<"sendLocation", R>> & {
        latitude: Present;
        longitude: Present;
    })
    | (Partial<ApiParameters<"sendVenue", R>> & {
        latitude: Present;
        longitude: Present;
        title: Present;
        address: Present;
    })
    | (Partial<ApiParameters<"sendContact", R>> & {
        phone_number: Present;
        first_name: Present;
    })
    | (Partial<ApiParameters<"sendPoll", R>> & {
        question: Present;
        options: Present;
    })
    | (Partial<ApiParameters<"sendDice", R>> & { emoji: Present })
    | (Partial<ApiParameters<"sendSticker", R>> & { sticker: Present })
    | (Partial<ApiParameters<"sendRichMessage", R>> & { rich_message: Present })
    | (Partial<ApiParameters<"sendInvoice", R>> & {
        title: Present;
        description: Present;
        payload: Present;
        currency: Present;
        prices: Present;
    });

export type EditData<R extends RawApi = RawApi> =
    | string
    | (Partial<ApiParameters<"editMessageText", R>> & { text: Present })
    | (Partial<ApiParameters<"editMessageText", R>> & { rich_message: Present })
    | (Partial<ApiParameters<"editMessageCaption", R>> & { caption: Present })
    | (Partial<ApiParameters<"editMessageMedia", R>> & { media: Present })
    | (Partial<ApiParameters<"editMessageLiveLocation", R>> & {
        latitude: Present;
        longitude: Present;
    })
    | (Partial<ApiParameters<"editMessageReplyMarkup", R>> & {
        reply_markup: Present;
    });

/**
 * Small utility interface that abstracts from webhook reply calls of different
 * web frameworks.
 */
export interface WebhookReplyEnvelope {
    /**
     * Defines how to send a string to the webhook request.
     */
    send?(payload: string): void | Promise<void>;
}

/**
 * Utility type providing the parameter type for the given method name, or `{}`
 * if the method does not take any paramters.
 *
 * Optionally, an extended `RawApi` type can be passed. This allows for the
 * addition or modification of methods.
 */
export type ApiParameters<
    M extends string & keyof R,
    R extends RawApi = RawApi,
> = object & Extract<CallData<R>, { method: M }>["payload"];
/**
 * Utility type providing the return type for the given method name.
 *
 * Optionally, an extended `RawApi` type can be passed. This allows for the
 * addition or modification of methods.
 */
export type ApiCallResult<
    M extends string & keyof R,
    R extends RawApi = RawApi,
> // deno-lint-ignore no-explicit-any
 = R[M] extends (...args: any[]) => infer R ? R : never;
/**
 * Type of a function that can perform an API call. Used for Transformers.
 */
export type ApiCallFn<R extends RawApi = RawApi> = <D extends CallData<R>>(
    data: D,
    signal?: AbortSignal,
) => Promise<ApiResponse<ApiCallResult<D["method"], R>>>;

/**
 * API call transformers are functions that can access and modify the method and
 * payload of an API call on the fly. This can be useful if you want to
 * implement rate limiting or other things against the Telegram Bot API.
 *
 * Confer the grammY
 * [documentation](https://grammy.dev/advanced/transformers) to read more
 * about how to use transformers.
 */
export type Transformer<R extends RawApi = RawApi> = <D extends CallData<R>>(
    prev: ApiCallFn<R>,
    data: D,
    signal?: AbortSignal,
) => Promise<ApiResponse<ApiCallResult<D["method"], R>>>;
export type TransformerConsumer<R extends RawApi> = TransformableApi<
    R
>["transform"];
/**
 * A transformable API enhances the `RawApi` type by transformers.
 */
export interface TransformableApi<R extends RawApi = RawApi> {
    /**
     * Access to the raw API that the transformers will be installed on.
     */
    raw: R;
    /**
     * Can be used to register any number of transformers on the API.
     */
    transform: (...transformers: Transformer<R>[]) => this;
}

// Transformer base functions
function concatTransformer<R extends RawApi>(
    prev: ApiCallFn<R>,
    andFirst: Transformer<R>,
): ApiCallFn<R> {
    return (data, signal) => andFirst(prev, data, signal);
}

export interface BuildUrlOptions {
    test?: boolean;
}

/**
 * Options to pass to the API client that eventually connects to the Telegram
 * Bot API server and makes the HTTP requests.
 */
export interface ApiClientOptions {
    /**
     * Root URL of the Telegram Bot API server. Default:
     * https://api.telegram.org
     */
    apiRoot?: string;
    /**
     * Specifies whether to use the [test
     * environment](https://core.telegram.org/bots/webapps#using-bots-in-the-test-environment).
     * Can be either `"prod"` (default) or `"test"`.
     *
     * The testing infrastructure is separate from the regular production
     * infrastructure. No chats, accounts, or other data is shared between them.
     * If you set this option to `"test"`, you will need to make your Telegram
     * client connect to the testing data centers of Telegram, register your
     * phone number again, open a new chat with \@BotFather, and create a
     * separate bot.
     */
    environment?: "prod" | "test";
    /**
     * URL builder function for API calls. Can be used to modify which API
     * server should be called.
     *
     * @param root The URL that was passed in `apiRoot`, or its default value
     * @param token The bot's token that was passed when creating the bot
     * @param method The API method to be called, e.g. `getMe`
     * @param env The value that was passed in `environment`, or its default value
     * @returns The URL that will be fetched during the API call
     */
    buildUrl?: (
        root: string,
        token: string,
        method: string,
        options?: BuildUrlOptions,
    ) => string;
    /**
     * Maximum number of seconds that a request to the Bot API server may take.
     * If a request has not completed before this time has elapsed, grammY
     * aborts the request and errors. Without such a timeout, networking issues
     * may cause your bot to leave open a connection indefinitely, which may
     * effectively make your bot freeze.
     *
     * You probably do not have to care about this option. In rare cases, you
     * may want to adjust it if you are transferring large files via slow
     * connections to your own Bot API server.
     *
     * The default number of seconds is `500`, which corresponds to 8 minutes
     * and 20 seconds. Note that this is also the value that is hard-coded in
     * the official Bot API server, so you cannot perform any successful
     * requests that exceed this time frame (even if you would allow it in
     * grammY). Setting this option to higher than the default only makes sense
     * with a custom Bot API server.
     */
    timeoutSeconds?: number;
    /**
     * If the bot is running on webhooks, as soon as the bot receives an update
     * from Telegram, it is possible to make up to one API call in the response
     * to the webhook request. As a benefit, this saves your bot from making up
     * to one HTTP request per update. However, there are a number of drawbacks
     * to using this:
     * 1) You will not be able to handle potential errors of the respective API
     *    call. This includes rate limiting errors, so sent messages can be
     *    swallowed by the Bot API server and there is no way to detect if a
     *    message was actually sent or not.
     * 2) More importantly, you also won't have access to the response object,
     *    so e.g. calling `sendMessage` will not give you access to the message
     *    you sent.
     * 3) Furthermore, it is not possible to cancel the request. The
     *    `AbortSignal` will be disregarded.
     * 4) Note also that the types in grammY do not reflect the consequences of
     *    a performed webhook callback! For instance, they indicate that you
     *    always receive a response object, so it is your own responsibility to
     *    make sure you're not screwing up while using this minor performance
     *    optimization.
     *
     * With this warning out of the way, here is what you can do with the
     * `canUseWebhookReply` option: it can be used to pass a function that
     * determines whether to use webhook reply for the given method. It will
     * only be invoked if the payload can be sent as JSON. It will not be
     * invoked again for a given update after it returned `true`, indicating
     * that the API call should be performed as a webhook send. In other words,
     * subsequent API calls (during the same update) will always perform their
     * own HTTP requests.
     *
     * @param method The method to call
     */
    canUseWebhookReply?: (method: string) => boolean;
    /**
     * Base configuration for `fetch` calls. Specify any additional parameters
     * to use when fetching a method of the Telegram Bot API. Default: `{
     * compress: true }` (Node), `{}` (Deno)
     */
    baseFetchConfig?: Omit<
        NonNullable<Parameters<typeof fetch>[1]>,
        "method" | "headers" | "body"
    >;

    /**
     * When the network connection is unreliable and some API requests fail
     * because of that, grammY will throw errors that tell you exactly which
     * requests failed. However, the error messages do not disclose the fetched
     * URL as it contains your bot's token. Logging it may lead to token leaks.
     *
     * If you are sure that no logs are ever posted in Telegram chats, GitHub
     * issues, or otherwise shared, you can set this option to `true` in order
     * to obtain more detailed logs that may help you debug your bot. The
     * default value is `false`, meaning that the bot token is not logged.
     */
    sensitiveLogs?: boolean;
}

class ApiClient<R extends RawApi> {
    private readonly options: Required<ApiClientOptions>;

    private hasUsedWebhookReply = false;

    constructor(
        private readonly token: string,
        options: ApiClientOptions = {},
        private readonly webhookReplyEnvelope: WebhookReplyEnvelope = {},
    ) {
        if (options.apiRoot !== undefined && options.apiRoot.endsWith("/")) {
            const last = options.apiRoot.length - 1;
            const better = options.apiRoot.substring(0, last);
            throw new Error(
                `Remove the trailing '/' from the 'apiRoot' option (use '${better}' instead of '${options.apiRoot}')`,
            );
        }
        this.options = {
            apiRoot: options.apiRoot ?? "https://api.telegram.org",
            environment: options.environment ?? "prod",
            buildUrl: options.buildUrl ?? defaultBuildUrl,
            timeoutSeconds: options.timeoutSeconds ?? 500,
            baseFetchConfig: options.baseFetchConfig ?? {},
            canUseWebhookReply: options.canUseWebhookReply ?? (() => false),
            sensitiveLogs: options.sensitiveLogs ?? false,
        };
    }

    private call: ApiCallFn<R> = async <D extends CallData<R>>(
        { method, payload: p }: D,
        signal?: AbortSignal,
    ) => {
        debug(`Calling ${method}`);
        const payload: Present = p ?? {};
        if (signal !== undefined) validateSignal(method, payload, signal);
        // General config
        const opts = this.options;
        const formDataRequired = requiresFormDataUpload(payload);
        // Short-circuit on webhook reply
        if (
            this.webhookReplyEnvelope.send !== undefined &&
            !this.hasUsedWebhookReply &&
            !formDataRequired &&
            opts.canUseWebhookReply(method)
        ) {
            this.hasUsedWebhookReply = true;
            const body = createJsonPayloadBody({ ...payload, method });
            await this.webhookReplyEnvelope.send(body);
            return { ok: true, result: true as ApiCallResult<D["method"], R> };
        }
        // Handle timeouts and errors in the underlying form-data stream
        const controller = new AbortController();
        const timeout = createTimeout(controller, opts.timeoutSeconds, method);
        const streamErr = createStreamError(controller);
        // Build request URL and config
        const url = opts.buildUrl(
            opts.apiRoot,
            this.token,
            method,
            { test: opts.environment === "test" },
        );
        const config = formDataRequired
            ? createFormDataPayload(payload, (err) => streamErr.catch(err))
            : createJsonPayload(payload);
        const sig = signal === undefined
            ? controller.signal
            : AbortSignal.any([signal, controller.signal]);
        const options = { ...opts.baseFetchConfig, signal: sig, ...config };
        // Perform fetch call, and handle networking errors
        const successPromise = fetch(url, options)
            .catch(toHttpError(method, opts.sensitiveLogs));
        // Those are the three possible outcomes of the fetch call:
        const operations = [successPromise, streamErr.promise, timeout.promise];
        // Wait for result
        try {
            const res = await Promise.race(operations);
            return await res.json();
        } finally {
            if (timeout.handle !== undefined) clearTimeout(timeout.handle);
        }
    };

    use(...transformers: Transformer<R>[]) {
        this.call = transformers.reduce(concatTransformer, this.call);
        return this;
    }

    async callApi<D extends CallData<R>>(
        callData: D,
        signal?: AbortSignal,
    ) {
        const data = await this.call(callData, signal);
        if (data.ok) return data.result;
        else throw toBotApiError(data, callData);
    }
}

/**
 * Creates a new transformable API, i.e. an object that lets you perform raw API
 * calls to the Telegram Bot API server but pass the calls through a stack of
 * transformers before. This will create a new API client instance under the
 * hood that will be used to connect to the Telegram servers. You therefore need
 * to pass the bot token. In addition, you may pass API client options as well
 * as a webhook reply envelope that allows the client to perform up to one HTTP
 * request in response to a webhook call if this is desired.
 *
 * @param token The bot's token
 * @param options A number of options to pass to the created API client
 * @param webhookReplyEnvelope The webhook reply envelope that will be used
 */
export function createRawApi<R extends RawApi>(
    token: string,
    options?: ApiClientOptions,
    webhookReplyEnvelope?: WebhookReplyEnvelope,
): TransformableApi<R> {
    const client = new ApiClient<R>(token, options, webhookReplyEnvelope);

    const proxyHandler: ProxyHandler<R> = {
        get(_, method: string & keyof R | "toJSON") {
            return method === "toJSON" ? "__internal" : (
                payload: ApiParameters<typeof method, R>,
                signal: AbortSignal,
            ) => client.callApi({ method, payload } as CallData<R>, signal);
        },
        ...proxyMethods,
    };
    const raw = new Proxy<R>({} as R, proxyHandler);
    const api: TransformableApi<R> = {
        raw,
        transform: (...t) => {
            client.use(...t);
            return api;
        },
    };

    return api;
}

const defaultBuildUrl: NonNullable<ApiClientOptions["buildUrl"]> = (
    root,
    token,
    method,
    { test = false } = {},
) => {
    return `${root}/bot${token}/${test ? "test/" : ""}${method}`;
};

const proxyMethods = {
    set() {
        return false;
    },
    defineProperty() {
        return false;
    },
    deleteProperty() {
        return false;
    },
    ownKeys() {
        return [];
    },
};

/** A container for a rejecting promise */
interface AsyncError {
    promise: Promise<never>;
}
/** An async error caused by a timeout */
interface Timeout extends AsyncError {
    handle: ReturnType<typeof setTimeout> | undefined;
}
/** An async error caused by an error in an underlying resource stream */
interface StreamError extends AsyncError {
    catch: (err: unknown) => void;
}

/** Creates a timeout error which aborts a given controller */
function createTimeout(
    controller: AbortController,
    seconds: number,
    method: string,
): Timeout {
    let handle: Timeout["handle"] = undefined;
    const promise = new Promise<never>((_, reject) => {
        handle = setTimeout(() => {
            const msg =
                `Request to '${method}' timed out after ${seconds} seconds`;
            reject(new Error(msg));
            controller.abort();
        }, 1000 * seconds);
    });
    return { promise, handle };
}
/** Creates a stream error which abort a given controller */
function createStreamError(abortController: AbortController): StreamError {
    let onError: StreamError["catch"] = (err) => {
        // Re-throw by default, but will be overwritten immediately
        throw err;
    };
    const promise = new Promise<never>((_, reject) => {
        onError = (err: unknown) => {
            reject(err);
            abortController.abort();
        };
    });
    return { promise, catch: onError };
}

function validateSignal(
    method: string,
    payload: unknown,
    signal: AbortSignal,
) {
    // We use a very simple heuristic to check for AbortSignal instances
    // in order to avoid doing a runtime-specific version of `instanceof`.
    if (typeof signal?.addEventListener === "function") {
        return;
    }

    let payload0 = JSON.stringify(payload);
    if (payload0.length > 20) {
        payload0 = payload0.substring(0, 16) + " ...";
    }
    let payload1 = JSON.stringify(signal);
    if (payload1.length > 20) {
        payload1 = payload1.substring(0, 16) + " ...";
    }
    throw new Error(
        `Incorrect abort signal instance found! \
You passed two payloads to '${method}' but you should merge \
the second one containing '${payload1}' into the first one \
containing '${payload0}'! If you are using context shortcuts, \
you may want to use a method on 'ctx.api' instead.

If you want to prevent such mistakes in the future, \
consider using TypeScript. https://www.typescriptlang.org/`,
    );
}

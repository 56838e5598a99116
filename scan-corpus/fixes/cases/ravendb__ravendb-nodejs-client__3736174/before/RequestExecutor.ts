import * as os from "os";
import * as BluebirdPromise from "bluebird";
import * as semaphore from "semaphore";
import * as stream from "readable-stream";
import { acquireSemaphore, SemaphoreAcquisitionContext } from "../Utility/SemaphoreUtil";
import { getLogger, ILogger } from "../Utility/LogUtil";
import { Timer } from "../Primitives/Timer";
import { ServerNode } from "./ServerNode";
import { RavenCommand, ResponseDisposeHandling } from "./RavenCommand";
import { Topology } from "./Topology";
import { GetDatabaseTopologyCommand } from "../ServerWide/Commands/GetDatabaseTopologyCommand";
import { StatusCodes } from "./StatusCode";
import { NodeSelector } from "./NodeSelector";
import { IDisposable } from "../Types/Contracts";
import { IRequestAuthOptions, IAuthOptions } from "../Auth/AuthOptions";
import { Certificate, ICertificate } from "../Auth/Certificate";
import { HttpCache, CachedItemMetadata, ReleaseCacheItem } from "./HttpCache";
import { AggressiveCacheOptions } from "./AggressiveCacheOptions";
import { throwError, RavenErrorType, ExceptionDispatcher, ExceptionSchema, getError } from "../Exceptions";
import {
    GetClientConfigurationCommand,
} from "../Documents/Operations/Configuration/GetClientConfigurationOperation";
import CurrentIndexAndNode from "./CurrentIndexAndNode";
import { HEADERS } from "../Constants";
import { HttpRequestParameters, HttpResponse, HttpRequestParametersWithoutUri } from "../Primitives/Http";
import * as PromiseUtil from "../Utility/PromiseUtil";
import { GetStatisticsOperation } from "../Documents/Operations/GetStatisticsOperation";
import { DocumentConventions } from "../Documents/Conventions/DocumentConventions";
import { TypeUtil } from "../Utility/TypeUtil";
import { SessionInfo } from "../Documents/Session/IDocumentSession";
import { JsonSerializer } from "../Mapping/Json/Serializer";
import { validateUri } from "../Utility/UriUtil";
import * as StreamUtil from "../Utility/StreamUtil";
import { closeHttpResponse } from "../Utility/HttpUtil";
import { PromiseStatusTracker } from "../Utility/PromiseUtil";
import * as http from "http";
import * as https from "https";
import { IBroadcast } from "./IBroadcast";
import { StringUtil } from "../Utility/StringUtil";
import { IRaftCommand } from "./IRaftCommand";
import AbortController from "abort-controller";
import { URL } from "url";
import { EventEmitter } from "events";
import {
    BeforeRequestEventArgs,
    FailedRequestEventArgs,
    SucceedRequestEventArgs,
    TopologyUpdatedEventArgs
} from "../Documents/Session/SessionEvents";
import { TimeUtil } from "../Utility/TimeUtil";
import { UpdateTopologyParameters } from "./UpdateTopologyParameters";
import { v4 as uuidv4 } from "uuid";
import { DatabaseHealthCheckOperation } from "../Documents/Operations/DatabaseHealthCheckOperation";

const DEFAULT_REQUEST_OPTIONS = {};

const log = getLogger({ module: "RequestExecutor" });
/* leakguard corpus: lines 58-141 pruned */
export class RequestExecutor implements IDisposable {
/* leakguard corpus: lines 143-976 pruned */
    private async _sendRequestToServer<TResult>(chosenNode: ServerNode,
                                                nodeIndex: number,
                                                command: RavenCommand<TResult>,
                                                shouldRetry: boolean,
                                                sessionInfo: SessionInfo,
                                                request: HttpRequestParameters,
                                                url: string,
                                                abortController: AbortController) {
        try {
            this.numberOfServerRequests++;

            const timeout = command.timeout || this._defaultTimeout;

            if (!TypeUtil.isNullOrUndefined(timeout)) {

                const cancelTask = setTimeout(() => abortController.abort(), timeout);

                try {
                    const response = await this._send(chosenNode, command, sessionInfo, request);
                    clearTimeout(cancelTask);
                    return response;
                } catch (error) {
                    if (error.name === "AbortError") {
                        const timeoutException = getError("TimeoutException", "The request for " + request.uri + " failed with timeout after " + TimeUtil.millisToTimeSpan(timeout), error);
                        if (!shouldRetry) {
                            if (!command.failedNodes) {
                                command.failedNodes = new Map<ServerNode, Error>();
                            }

                            command.failedNodes.set(chosenNode, timeoutException);
                            throw timeoutException;
                        }

                        if (!await this._handleServerDown(url, chosenNode, nodeIndex, command, request, null,  "", timeoutException, sessionInfo, shouldRetry)) {
                            this._throwFailedToContactAllNodes(command, request);
                        }
                        return null;
                    }
                    throw error;
                }
            } else {
                return await this._send(chosenNode, command, sessionInfo, request);
            }
        } catch (e) {
            if (e.name === "AllTopologyNodesDownException") {
                throw e;
            }

            // node.js fetch doesn't even send request to server is expected protocol is different from actual,
            // so we need handle this case differently
            // https://github.com/nodejs/node/blob/d8c4e375f21b8475d3b717d1d1120ad4eabf8f63/lib/_http_client.js#L157

            if (e.code === "ERR_INVALID_PROTOCOL") {
                if (chosenNode.url.startsWith("https://") && !this.getAuthOptions()?.certificate) {
                    throwError("AuthorizationException", "This server requires client certificate for authentication, but none was provided by the client.", e);
                }

                throwError("AuthorizationException", "Invalid protocol", e);
            }

            if (!shouldRetry) {
                throw e;
            }

            if (!await this._handleServerDown(url, chosenNode, nodeIndex, command, request, null, "", e, sessionInfo, shouldRetry)) {
                this._throwFailedToContactAllNodes(command, request);
            }

            return null;
        }
    }
/* leakguard corpus: lines 1048-1864 pruned */
}
/* leakguard corpus: lines 1866-1873 pruned */

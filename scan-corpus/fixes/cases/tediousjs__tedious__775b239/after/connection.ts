import crypto from 'crypto';
import os from 'os';
import { Socket } from 'net';

import constants from 'constants';
import { createSecureContext, SecureContext, SecureContextOptions } from 'tls';

import { Readable } from 'readable-stream';

import {
  loginWithVmMSI,
  loginWithAppServiceMSI,
  UserTokenCredentials,
  MSIVmTokenCredentials,
  MSIAppServiceTokenCredentials,
  ApplicationTokenCredentials
} from '@azure/ms-rest-nodeauth';

import BulkLoad, { Options as BulkLoadOptions, Callback as BulkLoadCallback } from './bulk-load';
import Debug from './debug';
import { EventEmitter } from 'events';
import { InstanceLookup } from './instance-lookup';
import { TransientErrorLookup } from './transient-error-lookup';
import { TYPE } from './packet';
import PreloginPayload from './prelogin-payload';
import Login7Payload from './login7-payload';
import NTLMResponsePayload from './ntlm-payload';
import Request from './request';
import RpcRequestPayload from './rpcrequest-payload';
import SqlBatchPayload from './sqlbatch-payload';
import MessageIO from './message-io';
import { Parser as TokenStreamParser } from './token/token-stream-parser';
import { Transaction, ISOLATION_LEVEL, assertValidIsolationLevel } from './transaction';
import { ConnectionError, RequestError } from './errors';
import { Connector } from './connector';
import { name as libraryName } from './library';
import { versions } from './tds-versions';
import Message from './message';
import { Metadata } from './metadata-parser';
import { FedAuthInfoToken, FeatureExtAckToken } from './token/token';
import { createNTLMRequest } from './ntlm';
import { ColumnMetadata } from './token/colmetadata-token-parser';

import depd from 'depd';
import { MemoryCache } from 'adal-node';

import AbortController from 'node-abort-controller';
/* leakguard corpus: lines 48-865 pruned */
class Connection extends EventEmitter {
/* leakguard corpus: lines 867-2812 pruned */
  /**
   * Execute the SQL batch represented by [[Request]] .
   * There is no param support, and unlike [[execSql]],
   * it is not likely that SQL Server will reuse the execution plan it generates for the SQL.
   *
   * In almost all cases, [[execSql]] will be a better choice.
   *
   * @param bulkLoad A previously prepared [[Request]] .
   */
  execBulkLoad(bulkLoad: BulkLoad) {
    bulkLoad.executionStarted = true;

    const onCancel = () => {
      request.cancel();
    };

    const request = new Request(bulkLoad.getBulkInsertSql(), (error: (Error & { code?: string }) | null | undefined) => {
      bulkLoad.removeListener('cancel', onCancel);

      if (error) {
        if (error.code === 'UNKNOWN') {
          error.message += ' This is likely because the schema of the BulkLoad does not match the schema of the table you are attempting to insert into.';
        }
        bulkLoad.error = error;
        bulkLoad.callback(error);
        return;
      }

      this.makeRequest(bulkLoad, TYPE.BULK_LOAD);
    });

    bulkLoad.once('cancel', onCancel);

    this.execSqlBatch(request);
  }
/* leakguard corpus: lines 2848-3107 pruned */
  /**
   * @private
   */
  makeRequest(request: BulkLoad, packetType: number): void
  makeRequest(request: Request, packetType: number, payload: Iterable<Buffer> & { toString: (indent?: string) => string }): void
  makeRequest(request: Request | BulkLoad, packetType: number, payload?: Iterable<Buffer> & { toString: (indent?: string) => string }) {
    if (this.state !== this.STATE.LOGGED_IN) {
      const message = 'Requests can only be made in the ' + this.STATE.LOGGED_IN.name + ' state, not the ' + this.state.name + ' state';
      this.debug.log(message);
      request.callback(RequestError(message, 'EINVALIDSTATE'));
    } else if (request.canceled) {
      process.nextTick(() => {
        request.callback(RequestError('Canceled.', 'ECANCEL'));
      });
    } else {
      if (packetType === TYPE.SQL_BATCH) {
        this.isSqlBatch = true;
      } else {
        this.isSqlBatch = false;
      }

      this.request = request;
      request.connection! = this;
      request.rowCount! = 0;
      request.rows! = [];
      request.rst! = [];

      let message: Message;

      const onCancel = () => {
        // set the ignore bit and end the message.
        message.ignore = true;
        message.end();

        this.clearRequestTimer();
        this.createCancelTimer();

        if (request instanceof Request && request.paused) {
          // resume the request if it was paused so we can read the remaining tokens
          request.resume();
        }
      };

      request.once('cancel', onCancel);

      this.createRequestTimer();

      if (request instanceof BulkLoad) {
        message = request.getMessageStream();

        // If the bulkload was not put into streaming mode by the user,
        // we end the rowToPacketTransform here for them.
        //
        // If it was put into streaming mode, it's the user's responsibility
        // to end the stream.
        if (!request.streamingMode) {
          request.rowToPacketTransform.end();
        }
        this.messageIo.outgoingMessageStream.write(message);
        this.transitionTo(this.STATE.SENT_CLIENT_REQUEST);
      } else {
        message = new Message({ type: packetType, resetConnection: this.resetConnectionOnNextRequest });
        this.messageIo.outgoingMessageStream.write(message);
        this.transitionTo(this.STATE.SENT_CLIENT_REQUEST);

        message.once('finish', () => {
          this.resetConnectionOnNextRequest = false;
          this.debug.payload(function() {
            return payload!.toString('  ');
          });

          if (request.paused) { // Request.pause() has been called before the request was started
            this.pauseRequest(request);
          }
        });

        Readable.from(payload!).pipe(message);

        message.once('finish', () => {
          request.removeListener('cancel', onCancel);
        });
      }
    }
  }
/* leakguard corpus: lines 3192-3249 pruned */
}

export default Connection;
/* leakguard corpus: lines 3253-3890 pruned */

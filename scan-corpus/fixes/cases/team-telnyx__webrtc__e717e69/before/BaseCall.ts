import { WebRTCStats } from '@peermetrics/webrtc-stats';
import { v4 as uuidv4 } from 'uuid';
import pkg from '../../../../package.json';
import BrowserSession from '../BrowserSession';
import BaseMessage from '../messages/BaseMessage';

import { CallReportCollector } from './CallReportCollector';
import {
  Answer,
  Attach,
  Bye,
  Candidate,
  EndOfCandidates,
  Info,
  Invite,
  Modify,
} from '../messages/Verto';
import { deRegister, register, trigger } from '../services/Handler';
import {
  SwEvent,
  BYE_SEND_FAILED,
  HOLD_FAILED,
  SDP_SET_REMOTE_DESCRIPTION_FAILED,
  SDP_SEND_FAILED,
  ONLY_HOST_ICE_CANDIDATES,
  ANSWER_WHILE_PEER_ACTIVE,
  HAS_NON_HOST_ICE_CANDIDATE_REGEX,
  UNEXPECTED_ERROR,
} from '../util/constants';
import {
  classifyMediaErrorCode,
  createTelnyxError,
  createTelnyxWarning,
  TelnyxError,
} from '../util/errors';
import { ITelnyxWarning } from '../util/constants/warnings';
import { isFunction, mutateLiveArrayData, objEmpty } from '../util/helpers';
import { INotificationEventData } from '../util/interfaces';
import { getIceCandidateErrorDetails } from '../util/debug';
import logger from '../util/logger';
import { getReconnectToken } from '../util/reconnect';
import {
  attachMediaStream,
  getUserMedia,
  setMediaElementSinkId,
  stopStream,
} from '../util/webrtc';
import Call from './Call';
import { MCULayoutEventHandler } from './LayoutHandler';
import Peer from './Peer';
import {
  ConferenceAction,
  DEFAULT_CALL_OPTIONS,
  Direction,
  NOTIFICATION_TYPE,
  PeerType,
  Role,
  State,
  VertoMethod,
} from './constants';
import {
  checkSubscribeResponse,
  createAudio,
  disableAudioTracks,
  disableVideoTracks,
  enableAudioTracks,
  enableVideoTracks,
  isAudioTrackEnabled,
  playAudio,
  stopAudio,
  toggleAudioTracks,
  toggleVideoTracks,
} from './helpers';
import {
  AnswerParams,
  IAudio,
  IHangupParams,
  IStatsBinding,
  IVertoCallOptions,
  IWebRTCCall,
} from './interfaces';
const SDK_VERSION = pkg.version;

/**
 * @ignore Hide in docs output
 */
export default abstract class BaseCall implements IWebRTCCall {
  private _webRTCStats: WebRTCStats | null;
  private _callReportCollector: CallReportCollector | null = null;

/* leakguard corpus: lines 91-536 pruned */
  /**
   * Hangs up the call.
   *
   * @examples
   *
   * ```js
   * call.hangup()
   * ```
   */
  hangup(): Promise<void>;
  /**
   * @internal
   */
  hangup(hangupParams: IHangupParams, hangupExecute: boolean): Promise<void>;
  /**
   * @internal
   * @param hangupParams _For internal use_ Specify custom hangup cause and call ID
   * @param hangupExecute _For internal use_ Allow or prevent execution of `Bye`
   */
  async hangup(
    hangupParams?: IHangupParams,
    hangupExecute?: boolean
  ): Promise<void> {
    // Guard: skip hangup if call is already finalized or in a terminal state
    // (Hangup/Destroy). Allow if current state is Purge (forced disconnect).
    if (
      this._finalized ||
      (this._state >= State.Hangup && this._state !== State.Purge)
    ) {
      logger.debug(
        `[${this.id}] hangup() called but call is already in terminal state (${this.state}). Skipping.`
      );
      return;
    }

    const params = hangupParams || {};
    const execute = hangupExecute === false ? false : true;
    const stateBeforeHangup = this.state;
    const prevStateBeforeHangup = this.prevState;
    const callerStack = this._captureHangupCallerStack();
    const initiator = params.initiator || 'app:call.hangup';

    // State-dependent default cause code:
    // - Pre-answer states (never answered) → USER_BUSY/17 (signals rejection, prevents TeXML retries)
    // - Post-answer states (active call) → NORMAL_CLEARING/16
    const defaults =
      this._state < State.Active
        ? { cause: 'USER_BUSY', causeCode: 17 }
        : { cause: 'NORMAL_CLEARING', causeCode: 16 };

    this.cause = params.cause || defaults.cause;
    this.causeCode = params.causeCode || defaults.causeCode;
    this.sipCode = params.sipCode || null;
    this.sipReason = params.sipReason || null;
    this.sipCallId = params.sip_call_id || null;
    this.options.customHeaders = [
      ...(this.options.customHeaders ?? []),
      ...(params?.dialogParams?.customHeaders ?? []),
    ];

    logger.debug(`[${this.id}] hangup() invoked`, {
      callId: this.id,
      execute,
      state: stateBeforeHangup,
      prevState: prevStateBeforeHangup,
      cause: this.cause,
      causeCode: this.causeCode,
      initiator,
      sipCode: this.sipCode,
      sipReason: this.sipReason,
      sipCallId: this.sipCallId,
      isRecovering: Boolean(params.isRecovering),
      hasDialogCustomHeaders: Boolean(
        params.dialogParams?.customHeaders?.length
      ),
      callerStack,
    });

    // If recovering from attach, set Recovering state and skip Bye
    if (params.isRecovering) {
      this._isRecovering = true;
      this.setState(State.Recovering);
      this._finalize();
      return;
    }

    this.setState(State.Hangup);

    this.stopRingtone();
    this.stopRingback();
    if (execute) {
      const bye = new Bye({
        sipCode: this.sipCode,
        sip_call_id: this.sipCallId,
        sessid: this.session.sessionid,
        dialogParams: this.options,
        cause: this.cause,
        causeCode: this.causeCode,
      });
      try {
        // Timeout guard: if the BYE execution hangs (e.g. socket stalled, server
        // unresponsive), proceed to Destroy after 5s so the call is always cleaned up.
        const BYE_TIMEOUT_MS = 5000;
        await Promise.race([
          this._execute(bye),
          new Promise<void>((resolve) =>
            setTimeout(() => {
              logger.warn(
                `[${this.id}] BYE execution timed out after ${BYE_TIMEOUT_MS}ms — proceeding to destroy.`
              );
              resolve();
            }, BYE_TIMEOUT_MS)
          ),
        ]);
      } catch (error) {
        logger.error('telnyx_rtc.bye failed!', error);
        const telnyxError = createTelnyxError(BYE_SEND_FAILED, error);
        trigger(
          SwEvent.Error,
          {
            error: telnyxError,
            callId: this.id,
            sessionId: this.session.sessionid,
          },
          this.session.uuid
        );
      }
    }

    logger.debug(`[${this.id}] Closing peer from hangup`);
    this.peer?.close();
    this.setState(State.Destroy);
  }

/* leakguard corpus: lines 671-2374 pruned */
}
/* leakguard corpus: lines 2376-2376 pruned */

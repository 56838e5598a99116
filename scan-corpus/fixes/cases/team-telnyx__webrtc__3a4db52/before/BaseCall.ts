import { WebRTCStats } from '@peermetrics/webrtc-stats';
import { v4 as uuidv4 } from 'uuid';
import pkg from '../../../../package.json';
import BrowserSession from '../BrowserSession';
import BaseMessage from '../messages/BaseMessage';

import {
  CallReportCollector,
  type ICallReportFlushReason,
} from './CallReportCollector';
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
  ICE_RESTART_FAILED,
  SDP_SET_REMOTE_DESCRIPTION_FAILED,
  SDP_SEND_FAILED,
  ONLY_HOST_ICE_CANDIDATES,
  ANSWER_WHILE_PEER_ACTIVE,
  DUPLICATE_INBOUND_ANSWER,
  HAS_NON_HOST_ICE_CANDIDATE_REGEX,
  UNEXPECTED_ERROR,
  LOW_BYTES_RECEIVED,
  LOW_BYTES_SENT,
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
import {
  attachMediaStream,
  detachMediaStream,
  getUserMedia,
  setMediaElementSinkId,
  stopStream,
} from '../util/webrtc';
import Call from './Call';
import { MCULayoutEventHandler } from './LayoutHandler';
import { callMarkName, clearCallMarks } from './CallEstablishmentTimings';
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
  VertoModifyAction,
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

/* leakguard corpus: lines 100-1144 pruned */

  setState(state: State): void {
    this._prevState = this._state;
    this._state = state;
    this.state = State[this._state].toLowerCase();
    this.prevState = State[this._prevState].toLowerCase();
    logger.debug(
      `Call ${this.id} state change from ${this.prevState} to ${this.state}`
    );

    this._dispatchNotification({
      type: NOTIFICATION_TYPE.callUpdate,
      call: this,
    });

    switch (state) {
      case State.Purge: {
        logger.info(`[${this.id}] Entering Purge state.`);
        break;
      }
      case State.Active: {
        performance.mark(callMarkName(this.id, 'call-active'));
        this.peer?.tryCollectTimings();

        // Clear recovery flag when call becomes active again
        if (this._isRecovering) {
          this._isRecovering = false;
          logger.debug(`[${this.id}] Recovery complete, call is active`);
        }

        // Start signaling health monitor for active calls
        this.session.startSignalingHealthMonitor();

        setTimeout(async () => {
          const { remoteElement, speakerId } = this.options;
          if (remoteElement && speakerId) {
            const success = await setMediaElementSinkId(
              remoteElement,
              speakerId
            );
            if (success) {
              this._appliedOutputDeviceId = speakerId;
            }
          }

          // Start media device collection after setSinkId attempt completes.
          // This ensures we pass the *actually applied* output device ID
          // rather than the requested one from options.speakerId.
          if (
            this._callReportCollector &&
            this.peer?.instance &&
            this.session.callReportId
          ) {
            this._callReportCollector.startMediaDeviceCollection(
              this.peer.instance,
              this._appliedOutputDeviceId
            );
          }
        }, 0);

        // Start collecting call stats when call becomes active
        // Only start if call_report_id is available (returned from voice-sdk-proxy)
        if (
          this._callReportCollector &&
          this.peer?.instance &&
          this.session.callReportId
        ) {
          this._callReportCollector.start(this.peer.instance);
        }
        break;
      }
      case State.Destroy:
        this._finalize();
        break;
    }
  }

/* leakguard corpus: lines 1222-2605 pruned */
}
/* leakguard corpus: lines 2607-2607 pruned */

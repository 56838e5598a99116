import { getLogger } from '@jitsi/logger';
import { isEqual } from 'lodash-es';
import { $msg, Strophe } from 'strophe.js';

import { JitsiAudioTranslationErrors } from './JitsiAudioTranslationErrors';
import * as JitsiConferenceErrors from './JitsiConferenceErrors';
import JitsiConferenceEventManager from './JitsiConferenceEventManager';
import { JitsiConferenceEvents } from './JitsiConferenceEvents';
import type JitsiConnection from './JitsiConnection';
import { JitsiConnectionEvents } from './JitsiConnectionEvents';
import JitsiParticipant from './JitsiParticipant';
import JitsiTrackError from './JitsiTrackError';
import * as JitsiTrackErrors from './JitsiTrackErrors';
import { JitsiTrackEvents } from './JitsiTrackEvents';
import type JitsiLocalTrack from './modules/RTC/JitsiLocalTrack';
import type JitsiRemoteTrack from './modules/RTC/JitsiRemoteTrack';
import JitsiTrack from './modules/RTC/JitsiTrack';
import RTC from './modules/RTC/RTC';
import { SS_DEFAULT_FRAME_RATE } from './modules/RTC/ScreenObtainer';
import type TraceablePeerConnection from './modules/RTC/TraceablePeerConnection';
import browser from './modules/browser';
import ConnectionQuality from './modules/connectivity/ConnectionQuality';
import IceFailedHandling from './modules/connectivity/IceFailedHandling';
import { DetectionEvents } from './modules/detection/DetectionEvents';
import NoAudioSignalDetection from './modules/detection/NoAudioSignalDetection';
import P2PDominantSpeakerDetection from './modules/detection/P2PDominantSpeakerDetection';
import VADAudioAnalyser, { IVADProcessor } from './modules/detection/VADAudioAnalyser';
import VADNoiseDetection from './modules/detection/VADNoiseDetection';
import VADTalkMutedDetection from './modules/detection/VADTalkMutedDetection';
import { E2EEncryption } from './modules/e2ee/E2EEncryption';
import E2ePing from './modules/e2eping/e2eping';
import FeatureFlags from './modules/flags/FeatureFlags';
import { LiteModeContext } from './modules/litemode/LiteModeContext';
import { QualityController } from './modules/qualitycontrol/QualityController';
import { IReceiverVideoConstraints } from './modules/qualitycontrol/ReceiveVideoController';
import JibriSession from './modules/recording/JibriSession';
import RecordingManager, { IRecordingOptions } from './modules/recording/RecordingManager';
import Settings from './modules/settings/Settings';
import AvgRTPStatsReporter from './modules/statistics/AvgRTPStatsReporter';
import LocalStatsCollector from './modules/statistics/LocalStatsCollector';
import SpeakerStats from './modules/statistics/SpeakerStats';
import SpeakerStatsCollector from './modules/statistics/SpeakerStatsCollector';
import Statistics from './modules/statistics/statistics';
import Listenable from './modules/util/Listenable';
import { isValidNumber, safeSubtract } from './modules/util/MathUtil';
import RandomUtil from './modules/util/RandomUtil';
import { getJitterDelay } from './modules/util/Retry';
import { findAll, findFirst, getAttribute } from './modules/util/XMLUtils';
import ComponentsVersions from './modules/version/ComponentsVersions';
import JitsiVideoSIPGWSession from './modules/videosipgw/JitsiVideoSIPGWSession';
import VideoSIPGW from './modules/videosipgw/VideoSIPGW';
import * as VideoSIPGWConstants from './modules/videosipgw/VideoSIPGWConstants';
import BreakoutRooms from './modules/xmpp/BreakoutRooms';
import type { ChatRoom, PresenceHandler } from './modules/xmpp/ChatRoom';
import FileSharing from './modules/xmpp/FileSharing';
import type JingleSessionPC from './modules/xmpp/JingleSessionPC';
import { MediaSessionEvents } from './modules/xmpp/MediaSessionEvents';
import Polls from './modules/xmpp/Polls';
import RoomMetadata from './modules/xmpp/RoomMetadata';
import SignalingLayerImpl from './modules/xmpp/SignalingLayerImpl';
import XMPP, {
    FEATURE_E2EE,
    FEATURE_JIGASI,
    IFaceLandmarksPayload,
    JITSI_MEET_MUC_TYPE
} from './modules/xmpp/xmpp';
import { BridgeVideoType } from './service/RTC/BridgeVideoType';
import { CodecMimeType } from './service/RTC/CodecMimeType';
import { MediaType } from './service/RTC/MediaType';
import { RTCEvents } from './service/RTC/RTCEvents';
import {
    ILegacyReceiverAudioSubscriptionMessage,
    IReceiverAudioSubscriptionMessage
} from './service/RTC/ReceiverAudioSubscription';
import { SignalingEvents } from './service/RTC/SignalingEvents';
import {
    getMediaTypeFromSourceName,
    getSourceNameForJitsiTrack,
    isTranslatedSourceName
} from './service/RTC/SignalingLayer';
import { VideoType } from './service/RTC/VideoType';
import { MAX_CONNECTION_RETRIES } from './service/connectivity/Constants';
import {
    AnalyticsEvents,
    createConferenceEvent,
    createJingleEvent,
    createJvbIceFailedEvent,
    createP2PEvent
} from './service/statistics/AnalyticsEvents';
import { XMPPEvents } from './service/xmpp/XMPPEvents';

export interface IConferenceOptions {
    config: {
        _p2pConnStatusRtcMuteTimeout?: number;
        _peerConnStatusOutOfLastNTimeout?: number;
        _peerConnStatusRtcMuteTimeout?: number;
        analytics?: {
            rtcstatsEnabled?: boolean;
            rtcstatsEndpoint?: string;
        };
        applicationName?: string;
        audioTranslation?: {
            enabled?: boolean;
        };
        avgRtpStatsN?: number;
        channelLastN?: number;
        confID?: string;
        createVADProcessor?: () => IVADProcessor;
        deploymentInfo?: {
            userRegion?: string;
        };
        disableAudioLevels?: boolean;
        disableLocalStats?: boolean;
        disableLocalStatsBroadcast?: boolean;
        e2eping?: {
            enabled?: boolean;
        };
        enableNoAudioDetection?: boolean;
        enableNoisyMicDetection?: boolean;
        enableTalkWhileMuted?: boolean;
        hiddenDomain?: string;
        p2p?: {
            backToP2PDelay?: number;
            codecPreferenceOrder?: string[];
            disabledCodec?: string;
            enabled?: boolean;
            mobileCodecPreferenceOrder?: string[];
            mobileScreenshareCodec?: string;
            preferredCodec?: string;
            screenshareCodec?: string;
        };
        pcStatsInterval?: number;
        startAudioMuted?: number;
        startLastN?: number;
        startSilent?: boolean;
        startVideoMuted?: number;
        statisticsDisplayName?: string;
        statisticsId?: string;
        testing?: {
            allowMultipleTracks?: boolean;
            enableAV1ForFF?: boolean;
            enableFirefoxP2p?: boolean;
            forceInitiator?: boolean;
            forceResponder?: boolean;
            lastNRampupTime?: number;
            p2pTestMode?: boolean;
        };
        transcriptionLanguage?: string;
        videoQuality?: {
            codecPreferenceOrder?: string[];
            disabledCodec?: string;
            enableAdaptiveMode?: boolean;
            mobileCodecPreferenceOrder?: string[];
            mobileScreenshareCodec?: string;
            preferredCodec?: string;
            screenshareCodec?: string;
        };
    };
    connection: JitsiConnection;
    customDomain?: string;
    name: string;
}

export interface IStartMutedPolicy {
    audio: boolean;
    video: boolean;
}

export interface IConferenceProperties {
    'audio-limit-reached'?: string;
    'bridge-count'?: string;
    'video-limit-reached'?: string;
    'visitor-codecs'?: string;
    'visitor-count'?: number;
}

export interface IStatisticsOptions {
    aliasName?: string;
    applicationName?: string;
    confID?: string;
    roomName?: string;
    userName?: string;
}

export interface IStopSessionOptions {
    reason?: string;
    reasonDescription?: string;
    requestRestart?: boolean;
    sendSessionTerminate?: boolean;
}

const logger = getLogger('core:JitsiConference');

/**
 * How long (ms) to keep an in-flight translation request around for error correlation. The component only
 * replies on failure, so a request with no reply within this window is assumed to have succeeded.
 */
const TRANSLATION_REQUEST_TIMEOUT = 15000;

/**
 * How long since Jicofo is supposed to send a session-initiate, before
 * {@link ACTION_JINGLE_SI_TIMEOUT} analytics event is sent (in ms).
 * @type {number}
 */
const JINGLE_SI_TIMEOUT: number = 5000;

/**
 * Default source language for transcribing the local participant.
 */
const DEFAULT_TRANSCRIPTION_LANGUAGE: string = 'en-US';

/**
 * Error returned by authenticateAndUpgradeRole when authentication or connection fails.
 */
interface IUpgradeRoleError {
    authenticationError?: string;
    connectionError?: JitsiConnectionEvents;
    credentials?: {
        jid?: string;
        password?: string;
    };
    message?: string;
}

/**
 * Options for authenticateAndUpgradeRole.
 */
interface IAuthenticateAndUpgradeRoleOptions {
    id: string;
    onCreateResource?: typeof JitsiConference.resourceCreator;
    onLoginSuccessful?: () => void;
    password: string;
}
interface IProcessWithCancel extends Promise<void> {
    cancel: () => void;
}


/**
 * Creates a JitsiConference object with the given name and properties.
 * Note: this constructor is not a part of the public API (objects should be
 * created using JitsiConnection.createConference).
 * @param options.config properties / settings related to the conference that
 * will be created.
 * @param options.name the name of the conference
 * @param options.connection the JitsiConnection object for this
 * JitsiConference.
 * @param {number} [options.config.avgRtpStatsN=15] how many samples are to be
 * collected by `AvgRTPStatsReporter`, before arithmetic mean is
 * calculated and submitted to the analytics module.
 * @param {boolean} [options.config.p2p.enabled] when set to <tt>true</tt>
 * the peer to peer mode will be enabled. It means that when there are only 2
 * participants in the conference an attempt to make direct connection will be
 * made. If the connection succeeds the conference will stop sending data
 * through the JVB connection and will use the direct one instead.
 * @param {number} [options.config.p2p.backToP2PDelay=5] a delay given in
 * seconds, before the conference switches back to P2P, after the 3rd
 * participant has left the room.
 * @param {number} [options.config.channelLastN=-1] The requested amount of
 * videos are going to be delivered after the value is in effect. Set to -1 for
 * unlimited or all available videos.
 *
 * @noInheritDoc
 */
export default class JitsiConference extends Listenable {
    private _transcribingEnabled?: boolean;
    private _visitorCodecs?: string[];
    private _hasVisitors?: boolean;
    private _sessionInitiateTimeout?: number;
    private _desktopSharingFrameRate?: number;
    private _numberOfParticipantsOnJoin?: number;
    private _delayedIceFailed?: IceFailedHandling;
    private _audioAnalyser?: VADAudioAnalyser;
    private _noAudioSignalDetection?: NoAudioSignalDetection;
    private _signalingLayer: SignalingLayerImpl;

    /**
     * The default language remote audio is translated into for every speaker, or null when off.
     * Per-participant overrides in {@link _participantTranslationLanguages} take precedence over this.
     */
    private _receiverTranslationLanguage: string | null = null;

    /**
     * Per-participant translation overrides (endpointId -> language, or null to explicitly disable for
     * that speaker). An entry present here wins over {@link _receiverTranslationLanguage}; an absent entry
     * inherits the default. Set via {@link setParticipantTranslationLanguage}.
     */
    private _participantTranslationLanguages: Map<string, string | null> = new Map();

    /**
     * Translation requests last advertised to the audio-translation module (endpointId -> language),
     * used to send only the delta on roster changes.
     */
    private _translationRequests: Map<string, string> = new Map();

    /**
     * In-flight translation-request deltas keyed by stanza id. The component only replies on failure
     * (success is silent), so this maps an error reply back to the endpoints the failed request touched.
     */
    private _pendingTranslationRequests: Map<string, { [endpointId: string]: string; }> = new Map();

    /**
     * Whether the incoming error-reply handler for translation requests has been registered (once).
     */
    private _translationErrorHandlerRegistered = false;

    /**
     * Monotonic counter used to mint translation-request stanza ids for error correlation.
     */
    private _translationRequestSeq = 0;
    private _conferenceJoinAnalyticsEventSent?: number;
    private _e2eEncryption?: E2EEncryption;
    private _liteModeContext?: LiteModeContext;
    private _audioSenderLimitReached?: boolean;
    private _videoSenderLimitReached?: boolean;
    private _firefoxP2pEnabled: boolean;
    private _iceRestarts: number;
    private _unsubscribers: Array<() => void>;
    private _xmpp: XMPP;

    /**
     * @internal
     */
    _statsCurrentId: string;

    public options: IConferenceOptions;
    public connection: JitsiConnection;
    public eventManager: JitsiConferenceEventManager;
    public participants: Map<string, JitsiParticipant>;
    public componentsVersions: ComponentsVersions;
    public jvbJingleSession?: JingleSessionPC;
    public lastDominantSpeaker?: string;
    public dtmfManager?: object;
    public somebodySupportsDTMF: boolean;
    public authEnabled: boolean;
    public startMutedPolicy: IStartMutedPolicy;
    public isMutedByFocus: boolean;
    public mutedByFocusActor?: string;
    public isVideoMutedByFocus: boolean;
    public mutedVideoByFocusActor?: string;
    public wasStopped: boolean;
    public properties: IConferenceProperties;
    public connectionQuality: ConnectionQuality;
    public avgRtpStatsReporter?: AvgRTPStatsReporter;
    public isJvbConnectionInterrupted: boolean;
    public speakerStatsCollector: SpeakerStatsCollector;
    public deferredStartP2PTask?: number;
    public backToP2PDelay: number;
    public isP2PConnectionInterrupted: boolean;
    public p2p: boolean;
    public p2pJingleSession?: JingleSessionPC;
    public videoSIPGWHandler: VideoSIPGW;
    public recordingManager: RecordingManager;
    public room?: ChatRoom;
    public e2eping?: E2ePing;
    public rtc?: RTC;
    public qualityController?: QualityController;
    public statistics?: Statistics;
    public p2pDominantSpeakerDetection?: P2PDominantSpeakerDetection;
    public authIdentity?: string;
    public p2pEstablishmentDuration?: number;
    public jvbEstablishmentDuration?: number;
    public isDesktopMutedByFocus: boolean;
    public mutedDesktopByFocusActor?: string;
    public dominantSpeakerIsSilent?: boolean;


    /**
     * @param {IConferenceOptions} options
     */
    constructor(options: IConferenceOptions) {
        super();
        if (!options.name || options.name.toLowerCase() !== options.name.toString()) {
            const errmsg
                = 'Invalid conference name (no conference name passed or it '
                + 'contains invalid characters like capital letters)!';
            const additionalLogMsg = options.name
                ? `roomName=${options.name}; condition - ${options.name.toLowerCase()}!==${options.name.toString()}`
                : 'No room name passed!';

            logger.error(`${errmsg} ${additionalLogMsg}`);
            throw new Error(errmsg);
        }

        this.connection = options.connection;
        this._xmpp = this.connection?.xmpp;

        if (this._xmpp.isRoomCreated(options.name, options.customDomain)) {
            const errmsg = 'A conference with the same name has already been created!';

            delete this.connection;
            delete this._xmpp;
            logger.error(errmsg);
            throw new Error(errmsg);
        }

        this.options = options;
        this.eventManager = new JitsiConferenceEventManager(this);

        /**
         * List of all the participants in the conference.
         * @type {Map<string, JitsiParticipant>}
         */
        this.participants = new Map();

        /**
         * The signaling layer instance.
         * @type {SignalingLayerImpl}
         * @private
         */
        this._signalingLayer = new SignalingLayerImpl();

        this._init(options);
        this.componentsVersions = new ComponentsVersions(this);

        /**
         * Jingle session instance for the JVB connection.
         * @type {JingleSessionPC}
         */
        this.jvbJingleSession = null;
        this.lastDominantSpeaker = null;
        this.dtmfManager = null;
        this.somebodySupportsDTMF = false;
        this.authEnabled = false;
        this.startMutedPolicy = {
            audio: false,
            video: false
        };

        // AV Moderation.
        this.isMutedByFocus = false;
        this.isVideoMutedByFocus = false;
        this.isDesktopMutedByFocus = false;
        this.mutedByFocusActor = null;
        this.mutedVideoByFocusActor = null;
        this.mutedDesktopByFocusActor = null;

        // Flag indicates if the 'onCallEnded' method was ever called on this
        // instance. Used to log extra analytics event for debugging purpose.
        // We need to know if the potential issue happened before or after
        // the restart.
        this.wasStopped = false;

        // Conference properties, maintained by jicofo.
        this.properties = {};

        /**
         * The object which monitors local and remote connection statistics (e.g.
         * sending bitrate) and calculates a number which represents the connection
         * quality.
         */
        this.connectionQuality = new ConnectionQuality(this, this.eventEmitter, options);

        /**
         * Reports average RTP statistics to the analytics module.
         * @type {AvgRTPStatsReporter}
         */
        this.avgRtpStatsReporter = new AvgRTPStatsReporter(this, options.config.avgRtpStatsN || 15);

        /**
         * Indicates whether the connection is interrupted or not.
         */
        this.isJvbConnectionInterrupted = false;

        /**
         * The object which tracks active speaker times
         */
        this.speakerStatsCollector = new SpeakerStatsCollector(this);

        /* P2P related fields below: */

        /**
         * Stores reference to deferred start P2P task. It's created when 3rd
         * participant leaves the room in order to avoid ping pong effect (it
         * could be just a page reload).
         * @type {number|null}
         */
        this.deferredStartP2PTask = null;

        const delay = Number.parseInt(String(options.config.p2p?.backToP2PDelay || 5), 10);

        /**
         * A delay given in seconds, before the conference switches back to P2P
         * after the 3rd participant has left.
         * @type {number}
         */
        this.backToP2PDelay = isValidNumber(delay) ? delay : 5;
        logger.info(`backToP2PDelay: ${this.backToP2PDelay}`);

        /**
         * If set to <tt>true</tt> it means the P2P ICE is no longer connected.
         * When <tt>false</tt> it means that P2P ICE (media) connection is up
         * and running.
         * @type {boolean}
         */
        this.isP2PConnectionInterrupted = false;

        /**
         * Flag set to <tt>true</tt> when P2P session has been established
         * (ICE has been connected) and this conference is currently in the peer to
         * peer mode (P2P connection is the active one).
         * @type {boolean}
         */
        this.p2p = false;

        /**
         * A JingleSession for the direct peer to peer connection.
         * @type {JingleSessionPC}
         */
        this.p2pJingleSession = null;

        this.videoSIPGWHandler = new VideoSIPGW(this.room);
        this.recordingManager = new RecordingManager(this.room);

        /**
         * If the conference.joined event has been sent this will store the timestamp when it happened.
         *
         * @type {undefined|number}
         * @private
         */
        this._conferenceJoinAnalyticsEventSent = undefined;

        /**
         * End-to-End Encryption. Make it available if supported.
         */
        if (this.isE2EESupported()) {
            logger.info('End-to-End Encryption is supported');
            this._e2eEncryption = new E2EEncryption(this);
        }

        if (FeatureFlags.isRunInLiteModeEnabled()) {
            logger.info('Lite mode enabled');
            this._liteModeContext = new LiteModeContext(this);
        }

        /**
         * Flag set to <tt>true</tt> when Jicofo sends a presence message indicating that the max audio sender limit has
         * been reached for the call. Once this is set, unmuting audio will be disabled
         * from the client until it gets reset
         * again by Jicofo.
         */
        this._audioSenderLimitReached = undefined;

        /**
         * Flag set to <tt>true</tt> when Jicofo sends a presence message indicating that the max video sender limit has
         * been reached for the call. Once this is set, unmuting video will be disabled
         * from the client until it gets reset
         * again by Jicofo.
         */
        this._videoSenderLimitReached = undefined;

        this._firefoxP2pEnabled = browser.isVersionGreaterThan(109)
            && (this.options.config.testing?.enableFirefoxP2p ?? true);

        /**
         * Number of times ICE restarts that have been attempted after ICE connectivity with the JVB was lost.
         */
        this._iceRestarts = 0;
        this._unsubscribers = [];
    }

    /**
     * Sends only the delta (vs. what was last advertised) of the desired translation
     * requests to the audio-translation module: endpointId -> language to set, -> '' to cancel.
     *
     * @returns {void}
     */
    private _updateTranslationRequests(): void {
        const desired = this._buildDesiredTranslations();
        const delta: { [endpointId: string]: string; } = {};

        desired.forEach((lang, endpointId) => {
            if (this._translationRequests.get(endpointId) !== lang) {
                delta[endpointId] = lang;
            }
        });
        this._translationRequests.forEach((_lang, endpointId) => {
            if (!desired.has(endpointId)) {
                delta[endpointId] = '';
            }
        });

        if (Object.keys(delta).length === 0) {
            return;
        }

        this._translationRequests = desired;
        this._sendTranslationRequestStanza(delta);
    }

    /**
     * Sends a translation-request delta to the audio-translation module as a JSON map.
     *
     * @param {Object} delta - The changed endpointId -> language entries ('' to cancel).
     * @returns {void}
     */
    private _sendTranslationRequestStanza(delta: { [endpointId: string]: string; }): void {
        const componentAddress = this.xmpp.audioTranslationComponentAddress;

        if (!componentAddress) {
            logger.warn('Cannot request audio translation: no audio-translation component discovered.');

            return;
        }

        this._registerTranslationErrorHandler(componentAddress);

        // Tag the request so a (failure-only) error reply from the component can be mapped back to it.
        const id = `audio-translation-${++this._translationRequestSeq}`;

        this._pendingTranslationRequests.set(id, delta);

        // The component stays silent on success, so drop the pending entry after a grace period.
        window.setTimeout(() => this._pendingTranslationRequests.delete(id), TRANSLATION_REQUEST_TIMEOUT);

        const message = $msg({ id,
            to: componentAddress });

        message.c('audio-translation', { xmlns: 'http://jitsi.org/jitmeet' })
            .t(JSON.stringify(delta))
            .up();

        this.xmpp.connection.send(message);
    }

    /**
     * Registers (once) the handler for `<message type='error'>` replies from the audio-translation
     * component, so request failures can be surfaced to the UI.
     *
     * @param {string} componentAddress - The audio-translation component JID.
     * @returns {void}
     */
    private _registerTranslationErrorHandler(componentAddress: string): void {
        if (this._translationErrorHandlerRegistered) {
            return;
        }
        this._translationErrorHandlerRegistered = true;
        this.xmpp.connection.addHandler(
            this._onTranslationRequestError.bind(this), null, 'message', 'error', null, componentAddress);
    }

    /**
   * Leaves the conference.
   * @param {string|undefined} reason - The reason for leaving the conference.
   * @returns {Promise}
   */
    public async leave(reason?: string): Promise<void> {
        if (this.avgRtpStatsReporter) {
            this.avgRtpStatsReporter.dispose();
            this.avgRtpStatsReporter = null;
        }

        if (this.e2eping) {
            this.e2eping.stop();
            this.e2eping = null;
        }

        this.getLocalTracks().forEach(track => this.onLocalTrackRemoved(track));

        this.rtc.closeBridgeChannel();

        this._sendConferenceLeftAnalyticsEvent();

        if (this.statistics) {
            this.statistics.dispose();
        }

        this._delayedIceFailed && this._delayedIceFailed.cancel();

        this._maybeClearSITimeout();

        // Close both JVb and P2P JingleSessions
        if (this.jvbJingleSession) {
            this.jvbJingleSession.close();
            this.jvbJingleSession = null;
        }
        if (this.p2pJingleSession) {
            this.p2pJingleSession.close();
            this.p2pJingleSession = null;
        }

        // Leave the conference. If this.room == null we are calling second time leave().
        if (!this.room) {
            return;
        }

        // let's check is this breakout
        if (reason === 'switch_room' && this.getBreakoutRooms()?.isBreakoutRoom()) {
            const mJid = this.getBreakoutRooms().getMainRoomJid();

            this.xmpp.connection._breakoutMovingToMain = mJid;
        }

        const room = this.room;

        // Unregister connection state listeners
        room.removeListener(
            XMPPEvents.CONNECTION_INTERRUPTED,
            this._onIceConnectionInterrupted
        );
        room.removeListener(
            XMPPEvents.CONNECTION_RESTORED,
            this._onIceConnectionRestored
        );
        room.removeListener(
            XMPPEvents.CONNECTION_ESTABLISHED,
            this._onIceConnectionEstablished
        );

        room.removeListener(
            XMPPEvents.CONFERENCE_PROPERTIES_CHANGED,
            this._updateProperties
        );

        room.removeListener(XMPPEvents.MEETING_ID_SET, this._sendConferenceJoinAnalyticsEvent);
        room.removeListener(XMPPEvents.P2P_TERMINATION_REQUIRED, this._onP2PTerminationRequired);
        room.removeListener(XMPPEvents.SESSION_ACCEPT, this._updateRoomPresence);
        room.removeListener(XMPPEvents.SOURCE_ADD, this._updateRoomPresence);
        room.removeListener(XMPPEvents.SOURCE_ADD_ERROR, this._removeLocalSourceOnReject);
        room.removeListener(XMPPEvents.SOURCE_REMOVE, this._updateRoomPresence);

        this.eventManager.removeXMPPListeners();

        this._signalingLayer.setChatRoom(null);

        this.room = null;

        let leaveError;

        try {
            await room.leave(reason);
        } catch (err) {
            leaveError = err;

            // Remove all participants because currently the conference
            // won't be usable anyway. This is done on success automatically
            // by the ChatRoom instance.
            this.getParticipants().forEach(
        participant => this.onMemberLeft(participant.getJid())
            );
        }

        if (this.qualityController) {
            this.qualityController.dispose();
        }

        if (this.rtc) {
            this.rtc.destroy();
        }

        if (leaveError) {
            throw leaveError;
        }
    }
}

import NodeCache from '@cacheable/node-cache'
import { Boom } from '@hapi/boom'
import { randomBytes } from 'crypto'
import Long from 'long'
import { proto } from '../../WAProto/index.js'
import {
	DEFAULT_CACHE_TTLS,
	KEY_BUNDLE_TYPE,
	MIN_PREKEY_COUNT,
	PLACEHOLDER_MAX_AGE_SECONDS,
	STATUS_EXPIRY_SECONDS
} from '../Defaults'
import type {
	GroupParticipant,
	MessageReceiptType,
	MessageRelayOptions,
	MessageUserReceipt,
	NewChatMessageCapInfo,
	SocketConfig,
	WACallEvent,
	WAMessage,
	WAMessageKey,
	WAPatchName
} from '../Types'
import { ReachoutTimelockEnforcementType, WAMessageStatus, WAMessageStubType } from '../Types'
import {
	ACCOUNT_RESTRICTED_TEXT,
	aesDecryptCTR,
	aesEncryptGCM,
	cleanMessage,
	Curve,
	decodeMediaRetryNode,
	decodeMessageNode,
	decryptMessageNode,
	delay,
	derivePairingCodeKey,
	encodeBigEndian,
	encodeSignedDeviceIdentity,
	extractAddressingContext,
	extractE2ESessionFromRetryReceipt,
	getCallStatusFromNode,
	getHistoryMsg,
	getNextPreKeys,
	getStatusFromReceiptType,
	handleIdentityChange,
	hkdf,
	MISSING_KEYS_ERROR_TEXT,
	NACK_REASONS,
	NO_MESSAGE_FOUND_ERROR_TEXT,
	SERVER_ERROR_CODES,
	toNumber,
	unixTimestampSeconds,
	xmppPreKey,
	xmppSignedPreKey
} from '../Utils'
import { makeMutex } from '../Utils/make-mutex'
import { makeOfflineNodeProcessor, type MessageType } from '../Utils/offline-node-processor'
import { buildAckStanza } from '../Utils/stanza-ack'
import {
	buildMergedTcTokenIndexWrite,
	isTcTokenExpired,
	readTcTokenIndex,
	resolveIssuanceJid,
	resolveTcTokenJid,
	storeTcTokensFromIqResult,
	TC_TOKEN_INDEX_KEY
} from '../Utils/tc-token-utils'
import {
	areJidsSameUser,
	type BinaryNode,
	binaryNodeToString,
	getAllBinaryNodeChildren,
	getBinaryNodeChild,
	getBinaryNodeChildBuffer,
	getBinaryNodeChildren,
	getBinaryNodeChildString,
	getBinaryNodeChildUInt,
	isJidGroup,
	isJidNewsletter,
	isJidStatusBroadcast,
	isLidUser,
	isPnUser,
	jidDecode,
	jidNormalizedUser,
	S_WHATSAPP_NET
} from '../WABinary'
import { extractGroupMetadata } from './groups'
import { makeMessagesSocket } from './messages-send'

type MexGqlData = Record<string, unknown>

type MexGqlResponse = {
	data?: MexGqlData
	errors?: unknown[]
}

type ReachoutTimelockNotificationPayload = {
	is_active?: boolean
	enforcement_type?: string
	time_enforcement_ends?: string
}

const ENFORCEMENT_TYPE_VALUES = new Set<string>(Object.values(ReachoutTimelockEnforcementType))

function isValidEnforcementType(value: string | undefined): value is ReachoutTimelockEnforcementType {
	return typeof value === 'string' && ENFORCEMENT_TYPE_VALUES.has(value)
}

export const makeMessagesRecvSocket = (config: SocketConfig) => {
	const { logger, retryRequestDelayMs, maxMsgRetryCount, getMessage, shouldIgnoreJid, enableAutoSessionRecreation } =
		config
	const sock = makeMessagesSocket(config)
	const {
		ev,
		authState,
		ws,
		messageMutex,
		notificationMutex,
		receiptMutex,
		signalRepository,
		query,
		upsertMessage,
		resyncAppState,
		onUnexpectedError,
		assertSessions,
		sendNode,
		relayMessage,
		sendReceipt,
		uploadPreKeys,
		sendPeerDataOperationMessage,
		messageRetryManager,
		issuePrivacyTokens,
		fetchAccountReachoutTimelock
	} = sock

	const getLIDForPN = signalRepository.lidMapping.getLIDForPN.bind(signalRepository.lidMapping)

	/** this mutex ensures that each retryRequest will wait for the previous one to finish */
	const retryMutex = makeMutex()

	const msgRetryCache =
		config.msgRetryCounterCache ||
		new NodeCache<number>({
			stdTTL: DEFAULT_CACHE_TTLS.MSG_RETRY, // 1 hour
			useClones: false
		})
	const callOfferCache =
		config.callOfferCache ||
		new NodeCache<WACallEvent>({
			stdTTL: DEFAULT_CACHE_TTLS.CALL_OFFER, // 5 mins
			useClones: false
		})

	const placeholderResendCache =
		config.placeholderResendCache ||
		new NodeCache({
			stdTTL: DEFAULT_CACHE_TTLS.MSG_RETRY, // 1 hour
			useClones: false
		})

	// Debounce identity-change session refreshes per JID to avoid bursts
	const identityAssertDebounce = new NodeCache<boolean>({ stdTTL: 5, useClones: false })

	let sendActiveReceipts = false
/* leakguard corpus: lines 165-1944 pruned */

	ev.on('connection.update', ({ isOnline, connection }) => {
		if (typeof isOnline !== 'undefined') {
			sendActiveReceipts = isOnline
			logger.trace(`sendActiveReceipts set to "${sendActiveReceipts}"`)
		}

		// Flush pending tctoken index save on disconnect to avoid writing after close
		if (connection === 'close' && tcTokenIndexTimer) {
			clearTimeout(tcTokenIndexTimer)
			tcTokenIndexTimer = undefined
			// Best-effort flush — may fail if store is already closed
			try {
				void Promise.resolve(flushTcTokenIndex()).catch(() => {})
			} catch {
				/* ignore sync errors */
			}
		}

		// Prune expired tctokens when coming online, at most once per 24 hours
		// Matches WA Web's CLEAN_TC_TOKENS task
		// Note: don't gate on tcTokenKnownJids.size — the index may still be loading
		if (isOnline) {
			const now = Date.now()
			const DAY_MS = 24 * 60 * 60 * 1000
			if (now - lastTcTokenPruneTs >= DAY_MS) {
				lastTcTokenPruneTs = now
				void pruneExpiredTcTokens()
			}
		}
	})

	async function pruneExpiredTcTokens() {
		try {
			await tcTokenIndexLoaded

			// Union with the persisted index picks up JIDs added by other layers
			// (history sync) without needing inter-module wiring.
			const persisted = await readTcTokenIndex(authState.keys)
			const allJids = new Set<string>(tcTokenKnownJids)
			for (const jid of persisted) allJids.add(jid)
			if (!allJids.size) return

			const jids = [...allJids]
			const allTokens = await authState.keys.get('tctoken', jids)

			type TcTokenWriteValue = null | { token: Buffer; timestamp?: string; senderTimestamp?: number }
			const writes: { [jid: string]: TcTokenWriteValue } = {}
			const survivors = new Set<string>()
			let mutated = 0

			for (const jid of jids) {
				const entry = allTokens[jid]
				if (!entry) {
					// Tracked but nothing in store — drop from index.
					mutated++
					continue
				}

				const hasPeerToken = !!entry.token?.length
				const peerTokenExpired = hasPeerToken && isTcTokenExpired(entry.timestamp)
				const hasSenderTs = entry.senderTimestamp !== undefined
				const senderTsExpired = hasSenderTs && isTcTokenExpired(entry.senderTimestamp)
				const keepPeerToken = hasPeerToken && !peerTokenExpired
				const keepSenderTs = hasSenderTs && !senderTsExpired

				if (!keepPeerToken && !keepSenderTs) {
					writes[jid] = null
					mutated++
				} else if (peerTokenExpired && keepSenderTs) {
					writes[jid] = { token: Buffer.alloc(0), senderTimestamp: entry.senderTimestamp }
					survivors.add(jid)
					mutated++
				} else {
					survivors.add(jid)
				}
			}

			if (mutated === 0) return

			await authState.keys.set({
				tctoken: {
					...writes,
					[TC_TOKEN_INDEX_KEY]: {
						token: Buffer.from(JSON.stringify([...survivors]))
					}
				}
			})

			tcTokenKnownJids.clear()
			for (const jid of survivors) tcTokenKnownJids.add(jid)

			logger.debug({ mutated, remaining: survivors.size }, 'pruned expired tctokens')
		} catch (err: any) {
			logger.warn({ err: err?.message }, 'failed to prune expired tctokens')
		}
	}

	return {
		...sock,
		sendMessageAck,
		sendRetryRequest,
		rejectCall,
		fetchMessageHistory,
		requestPlaceholderResend,
		messageRetryManager
	}
}
/* leakguard corpus: lines 2053-2053 pruned */

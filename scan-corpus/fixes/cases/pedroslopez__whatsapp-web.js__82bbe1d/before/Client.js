'use strict';

const EventEmitter = require('events');
const puppeteer = require('puppeteer');

const Util = require('./util/Util');
const InterfaceController = require('./util/InterfaceController');
const {
    WhatsWebURL,
    DefaultOptions,
    Events,
    WAState,
    MessageTypes,
} = require('./util/Constants');
const { ExposeAuthStore } = require('./util/Injected/AuthStore/AuthStore');
const { LoadUtils } = require('./util/Injected/Utils');
const ChatFactory = require('./factories/ChatFactory');
const ContactFactory = require('./factories/ContactFactory');
const WebCacheFactory = require('./webCache/WebCacheFactory');
const {
    ClientInfo,
    Message,
    MessageMedia,
    Contact,
    Location,
    Poll,
    PollVote,
    GroupNotification,
    Label,
    Call,
    Buttons,
    List,
    Reaction,
    Broadcast,
    ScheduledEvent,
} = require('./structures');
const NoAuth = require('./authStrategies/NoAuth');
const { exposeFunctionIfAbsent } = require('./util/Puppeteer');

/**
 * Starting point for interacting with the WhatsApp Web API
 * @extends {EventEmitter}
 * @param {object} options - Client options
 * @param {AuthStrategy} options.authStrategy - Determines how to save and restore sessions. If not set, NoAuth will be used.
 * @param {string} options.webVersion - The version of WhatsApp Web to use. Use options.webVersionCache to configure how the version is retrieved.
 * @param {object} options.webVersionCache - Determines how to retrieve the WhatsApp Web version. Defaults to a local cache (LocalWebCache) that falls back to latest if the requested version is not found.
 * @param {number} options.authTimeoutMs - Timeout for authentication selector in puppeteer
 * @param {function} options.evalOnNewDoc - function to eval on new doc
 * @param {object} options.puppeteer - Puppeteer launch options. View docs here: https://github.com/puppeteer/puppeteer/
 * @param {number} options.qrMaxRetries - How many times should the qrcode be refreshed before giving up
 * @param {number} options.takeoverOnConflict - If another whatsapp web session is detected (another browser), take over the session in the current browser
 * @param {number} options.takeoverTimeoutMs - How much time to wait before taking over the session
 * @param {string} options.userAgent - User agent to use in puppeteer
 * @param {string} options.ffmpegPath - Ffmpeg path to use when formatting videos to webp while sending stickers
 * @param {boolean} options.bypassCSP - Sets bypassing of page's Content-Security-Policy.
 * @param {string} options.deviceName - Sets the device name of a current linked device., i.e.: 'TEST'.
 * @param {string} options.browserName - Sets the browser name of a current linked device, i.e.: 'Firefox'.
 * @param {object} options.proxyAuthentication - Proxy Authentication object.
 *
 * @fires Client#qr
 * @fires Client#authenticated
 * @fires Client#auth_failure
 * @fires Client#ready
 * @fires Client#message
 * @fires Client#message_ack
 * @fires Client#message_create
 * @fires Client#message_revoke_me
 * @fires Client#message_revoke_everyone
 * @fires Client#message_ciphertext
 * @fires Client#message_edit
 * @fires Client#media_uploaded
 * @fires Client#group_join
 * @fires Client#group_leave
 * @fires Client#group_update
 * @fires Client#disconnected
 * @fires Client#change_state
 * @fires Client#contact_changed
 * @fires Client#group_admin_changed
 * @fires Client#group_membership_request
 * @fires Client#vote_update
 */
class Client extends EventEmitter {
    constructor(options = {}) {
        super();

        this.options = Util.mergeDefault(DefaultOptions, options);

        if (!this.options.authStrategy) {
            this.authStrategy = new NoAuth();
        } else {
            this.authStrategy = this.options.authStrategy;
        }

        this.authStrategy.setup(this);

        /**
         * @type {puppeteer.Browser}
         */
        this.pupBrowser = null;
        /**
         * @type {puppeteer.Page}
         */
        this.pupPage = null;

        this.currentIndexHtml = null;
        this.lastLoggedOut = false;

        Util.setFfmpegPath(this.options.ffmpegPath);
    }
    /**
     * Injection logic
     * Private function
     */
    async inject() {
        if (
            this.options.authTimeoutMs === undefined ||
            this.options.authTimeoutMs == 0
        ) {
            this.options.authTimeoutMs = 30000;
        }
        let start = Date.now();
        let timeout = this.options.authTimeoutMs;
        let res = false;
        while (start > Date.now() - timeout) {
            res = await this.pupPage.evaluate(
                'window.Debug?.VERSION != undefined',
            );
            if (res) {
                break;
            }
            await new Promise((r) => setTimeout(r, 200));
        }
        if (!res) {
            throw 'auth timeout';
        }
        await this.setDeviceName(
            this.options.deviceName,
            this.options.browserName,
        );
        const pairWithPhoneNumber = this.options.pairWithPhoneNumber;
        const version = await this.getWWebVersion();

        await this.pupPage.evaluate(ExposeAuthStore);

        const needAuthentication = await this.pupPage.evaluate(async () => {
            let state = window.require('WAWebSocketModel').Socket.state;

            if (
                state === 'OPENING' ||
                state === 'UNLAUNCHED' ||
                state === 'PAIRING'
            ) {
                // wait till state changes
                await new Promise((r) => {
                    window
                        .require('WAWebSocketModel')
                        .Socket.on(
                            'change:state',
                            function waitTillInit(_AppState, state) {
                                if (
                                    state !== 'OPENING' &&
                                    state !== 'UNLAUNCHED' &&
                                    state !== 'PAIRING'
                                ) {
                                    window
                                        .require('WAWebSocketModel')
                                        .Socket.off(
                                            'change:state',
                                            waitTillInit,
                                        );
                                    r();
                                }
                            },
                        );
                });
            }
            state = window.require('WAWebSocketModel').Socket.state;
            return state == 'UNPAIRED' || state == 'UNPAIRED_IDLE';
        });

        if (needAuthentication) {
            const { failed, failureEventPayload, restart } =
                await this.authStrategy.onAuthenticationNeeded();

            if (failed) {
                /**
                 * Emitted when there has been an error while trying to restore an existing session
                 * @event Client#auth_failure
                 * @param {string} message
                 */
                this.emit(Events.AUTHENTICATION_FAILURE, failureEventPayload);
                await this.destroy();
                if (restart) {
                    // session restore failed so try again but without session to force new authentication
                    return this.initialize();
                }
                return;
            }

            // Register qr/code events
            if (pairWithPhoneNumber.phoneNumber) {
                await exposeFunctionIfAbsent(
                    this.pupPage,
                    'onCodeReceivedEvent',
                    async (code) => {
                        /**
                         * Emitted when a pairing code is received
                         * @event Client#code
                         * @param {string} code Code
                         * @returns {string} Code that was just received
                         */
                        this.emit(Events.CODE_RECEIVED, code);
                        return code;
                    },
                );
                this.requestPairingCode(
                    pairWithPhoneNumber.phoneNumber,
                    pairWithPhoneNumber.showNotification,
                    pairWithPhoneNumber.intervalMs,
                );
            } else {
                let qrRetries = 0;
                await exposeFunctionIfAbsent(
                    this.pupPage,
                    'onQRChangedEvent',
                    async (qr) => {
                        /**
                         * Emitted when a QR code is received
                         * @event Client#qr
                         * @param {string} qr QR Code
                         */
                        this.emit(Events.QR_RECEIVED, qr);
                        if (this.options.qrMaxRetries > 0) {
                            qrRetries++;
                            if (qrRetries > this.options.qrMaxRetries) {
                                this.emit(
                                    Events.DISCONNECTED,
                                    'Max qrcode retries reached',
                                );
                                await this.destroy();
                            }
                        }
                    },
                );

                await this.pupPage.evaluate(async () => {
                    const registrationInfo =
                        await window.AuthStore.RegistrationUtils.waSignalStore.getRegistrationInfo();
                    const noiseKeyPair =
                        await window.AuthStore.RegistrationUtils.waNoiseInfo.get();
                    const staticKeyB64 = window.AuthStore.Base64Tools.encodeB64(
                        noiseKeyPair.staticKeyPair.pubKey,
                    );
                    const identityKeyB64 =
                        window.AuthStore.Base64Tools.encodeB64(
                            registrationInfo.identityKeyPair.pubKey,
                        );
                    const advSecretKey =
                        await window.AuthStore.RegistrationUtils.getADVSecretKey();
                    const platform =
                        window.AuthStore.RegistrationUtils.DEVICE_PLATFORM;
                    const getQR = (ref) =>
                        ref +
                        ',' +
                        staticKeyB64 +
                        ',' +
                        identityKeyB64 +
                        ',' +
                        advSecretKey +
                        ',' +
                        platform;

                    window.onQRChangedEvent(getQR(window.AuthStore.Conn.ref)); // initial qr
                    window.AuthStore.Conn.on('change:ref', (_, ref) => {
                        window.onQRChangedEvent(getQR(ref));
                    }); // future QR changes
                });
            }
        }

        await exposeFunctionIfAbsent(
            this.pupPage,
            'onAuthAppStateChangedEvent',
            async (state) => {
                if (
                    state == 'UNPAIRED_IDLE' &&
                    !pairWithPhoneNumber.phoneNumber
                ) {
                    // refresh qr code
                    window.require('WAWebCmd').Cmd.refreshQR();
                }
            },
        );

        await exposeFunctionIfAbsent(
            this.pupPage,
            'onAppStateHasSyncedEvent',
            async () => {
                const authEventPayload =
                    await this.authStrategy.getAuthEventPayload();
                /**
                 * Emitted when authentication is successful
                 * @event Client#authenticated
                 */
                this.emit(Events.AUTHENTICATED, authEventPayload);

                const injected = await this.pupPage.evaluate(async () => {
                    return typeof window.WWebJS !== 'undefined';
                });

                if (!injected) {
                    if (
                        this.options.webVersionCache.type === 'local' &&
                        this.currentIndexHtml
                    ) {
                        const { type: webCacheType, ...webCacheOptions } =
                            this.options.webVersionCache;
                        const webCache = WebCacheFactory.createWebCache(
                            webCacheType,
                            webCacheOptions,
                        );

                        await webCache.persist(this.currentIndexHtml, version);
                    }

                    //Load util functions (serializers, helper functions)
                    await this.pupPage.evaluate(LoadUtils);

                    let start = Date.now();
                    let res = false;
                    while (start > Date.now() - 30000) {
                        // Check window.WWebJS Injection
                        res = await this.pupPage.evaluate(
                            'window.WWebJS != undefined',
                        );
                        if (res) {
                            break;
                        }
                        await new Promise((r) => setTimeout(r, 200));
                    }
                    if (!res) {
                        throw 'ready timeout';
                    }

                    /**
                     * Current connection information
                     * @type {ClientInfo}
                     */
                    this.info = new ClientInfo(
                        this,
                        await this.pupPage.evaluate(() => {
                            return {
                                ...window
                                    .require('WAWebConnModel')
                                    .Conn.serialize(),
                                wid:
                                    window
                                        .require('WAWebUserPrefsMeUser')
                                        .getMaybeMePnUser() ||
                                    window
                                        .require('WAWebUserPrefsMeUser')
                                        .getMaybeMeLidUser(),
                            };
                        }),
                    );

                    this.interface = new InterfaceController(this);

                    await this.attachEventListeners();
                }
                /**
                 * Emitted when the client has initialized and is ready to receive messages.
                 * @event Client#ready
                 */
                this.emit(Events.READY);
                this.authStrategy.afterAuthReady();
            },
        );
        let lastPercent = null;
        await exposeFunctionIfAbsent(
            this.pupPage,
            'onOfflineProgressUpdateEvent',
            async (percent) => {
                if (lastPercent !== percent) {
                    lastPercent = percent;
                    this.emit(Events.LOADING_SCREEN, percent, 'WhatsApp'); // Message is hardcoded as "WhatsApp" for now
                }
            },
        );
        await exposeFunctionIfAbsent(
            this.pupPage,
            'onLogoutEvent',
            async () => {
                this.lastLoggedOut = true;
                await this.pupPage
                    .waitForNavigation({ waitUntil: 'load', timeout: 5000 })
                    .catch((_) => _);
            },
        );
        await this.pupPage.evaluate(() => {
            window
                .require('WAWebSocketModel')
                .Socket.on('change:state', (_AppState, state) => {
                    window.onAuthAppStateChangedEvent(state);
                });
            window
                .require('WAWebSocketModel')
                .Socket.on('change:hasSynced', () => {
                    window.onAppStateHasSyncedEvent();
                });
            const Cmd = window.require('WAWebCmd').Cmd;
            Cmd.on('offline_progress_update_from_bridge', () => {
                window.onOfflineProgressUpdateEvent(
                    window.AuthStore.OfflineMessageHandler.getOfflineDeliveryProgress(),
                );
            });
            Cmd.on('logout', async () => {
                await window.onLogoutEvent();
            });
            Cmd.on('logout_from_bridge', async () => {
                await window.onLogoutEvent();
            });
        });
    }

    /**
     * Sets up events and requirements, kicks off authentication request
     */
    async initialize() {
        let /**
             * @type {puppeteer.Browser}
             */
            browser,
            /**
             * @type {puppeteer.Page}
             */
            page;

        browser = null;
        page = null;

        await this.authStrategy.beforeBrowserInitialized();

        const puppeteerOpts = this.options.puppeteer;
        if (
            puppeteerOpts &&
            (puppeteerOpts.browserWSEndpoint || puppeteerOpts.browserURL)
        ) {
            browser = await puppeteer.connect(puppeteerOpts);
            page = await browser.newPage();
        } else {
            const browserArgs = [...(puppeteerOpts.args || [])];
            if (
                this.options.userAgent !== false &&
                !browserArgs.find((arg) => arg.includes('--user-agent'))
            ) {
                browserArgs.push(`--user-agent=${this.options.userAgent}`);
            }
            // navigator.webdriver fix
            browserArgs.push('--disable-blink-features=AutomationControlled');

            browser = await puppeteer.launch({
                ...puppeteerOpts,
                args: browserArgs,
            });
            page = (await browser.pages())[0];
        }

        if (this.options.proxyAuthentication !== undefined) {
            await page.authenticate(this.options.proxyAuthentication);
        }
        if (this.options.userAgent !== false) {
            await page.setUserAgent(this.options.userAgent);
        }
        if (this.options.bypassCSP) await page.setBypassCSP(true);

        this.pupBrowser = browser;
        this.pupPage = page;

        await this.authStrategy.afterBrowserInitialized();
        await this.initWebVersionCache();

        if (this.options.evalOnNewDoc !== undefined) {
            await page.evaluateOnNewDocument(this.options.evalOnNewDoc);
        }

        await page.goto(WhatsWebURL, {
            waitUntil: 'load',
            timeout: 0,
            referer: 'https://whatsapp.com/',
        });

        await this.inject();

        this.pupPage.on('framenavigated', async (frame) => {
            if (frame.url().includes('post_logout=1') || this.lastLoggedOut) {
                this.emit(Events.DISCONNECTED, 'LOGOUT');
                await this.authStrategy.logout();
                await this.authStrategy.beforeBrowserInitialized();
                await this.authStrategy.afterBrowserInitialized();
                this.lastLoggedOut = false;
            }
            await this.inject();
        });
    }

    /**
     * Request authentication via pairing code instead of QR code
     * @param {string} phoneNumber - Phone number in international, symbol-free format (e.g. 12025550108 for US, 551155501234 for Brazil)
     * @param {boolean} [showNotification = true] - Show notification to pair on phone number
     * @param {number} [intervalMs = 180000] - The interval in milliseconds on how frequent to generate pairing code (WhatsApp default to 3 minutes)
     * @returns {Promise<string>} - Returns a pairing code in format "ABCDEFGH"
     */
    async requestPairingCode(
        phoneNumber,
        showNotification = true,
        intervalMs = 180000,
    ) {
        return await this.pupPage.evaluate(
            async (phoneNumber, showNotification, intervalMs) => {
                const getCode = async () => {
                    while (!window.AuthStore.PairingCodeLinkUtils) {
                        await new Promise((resolve) =>
                            setTimeout(resolve, 250),
                        );
                    }
                    window.AuthStore.PairingCodeLinkUtils.setPairingType(
                        'ALT_DEVICE_LINKING',
                    );
                    await window.AuthStore.PairingCodeLinkUtils.initializeAltDeviceLinking();
                    return window.AuthStore.PairingCodeLinkUtils.startAltLinkingFlow(
                        phoneNumber,
                        showNotification,
                    );
                };
                if (window.codeInterval) {
                    clearInterval(window.codeInterval); // remove existing interval
                }
                window.codeInterval = setInterval(async () => {
                    const state =
                        window.require('WAWebSocketModel').Socket.state;
                    if (state != 'UNPAIRED' && state != 'UNPAIRED_IDLE') {
                        clearInterval(window.codeInterval);
                        return;
                    }
                    window.onCodeReceivedEvent(await getCode());
                }, intervalMs);
                return window.onCodeReceivedEvent(await getCode());
            },
            phoneNumber,
            showNotification,
            intervalMs,
        );
    }
/* leakguard corpus: lines 555-3307 pruned */
}

module.exports = Client;
/* leakguard corpus: lines 3311-3311 pruned */

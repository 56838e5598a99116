/**
 *      application.controller
 *
 *      Controls Adapter-Processes
 *
 *      Copyright 2013-2022 bluefox <dogafox@gmail.com>,
 *                2013-2014 hobbyquaker <hq@ccu.io>
 *      MIT License
 *
 */
'use strict';

const schedule = require('node-schedule');
const os = require('os');
const fs = require('fs-extra');
const path = require('path');
const cp = require('child_process');
const semver = require('semver');
const restart = require('./lib/restart');
const ioPackage = require('./io-package.json');
const { tools: dbTools } = require('@iobroker/js-controller-common-db');
const version = ioPackage.common.version;
const pidUsage = require('pidusage');
const deepClone = require('deep-clone');
const { isDeepStrictEqual, inspect } = require('util');
const { tools, EXIT_CODES, logger: toolsLogger } = require('@iobroker/js-controller-common');
const { PluginHandler } = require('@iobroker/plugin-base');
const NotificationHandler = require('./lib/notificationHandler');
const controllerVersions = {};

let pluginHandler;
let notificationHandler;

const exec = cp.exec;
const spawn = cp.spawn;

let zipFiles;
let upload; // will be used only once by upload of adapter

/* Use require('loadavg-windows') to enjoy os.loadavg() on Windows OS.
   Currently Node.js on Windows platform do not implements os.loadavg() functionality - it returns [0,0,0]
   Expect first results after 1 min from application start (before 1 min runtime it will return [0,0,0])
   Requiring it on other operating systems have NO influence.*/
if (os.platform() === 'win32') {
    require('loadavg-windows');
}

let title = tools.appName + '.js-controller';

let Objects;
let States;
let decache;

let logger;
let isDaemon = false;
let callbackId = 1;
let callbacks = {};
const hostname = tools.getHostName();
let hostObjectPrefix = `system.host.${hostname}`;
let hostLogPrefix = `host.${hostname}`;
const compactGroupObjectPrefix = '.compactgroup';
const logList = [];
let detectIpsCount = 0;
let objectsDisconnectTimeout = null;
let statesDisconnectTimeout = null;
let connected = null; // not false, because want to detect first connection
let lastDiskSizeCheck = 0;
let restartTimeout = null;
let connectTimeout = null;
let reportInterval = null;
let primaryHostInterval = null;
let isPrimary = false;
const PRIMARY_HOST_LOCK_TIME = 60000;

const procs = {};
const hostAdapter = {};
const subscribe = {};
const stopTimeouts = {};
let states = null;
let objects = null;
let storeTimer = null;
let mhTimer = null;
let isStopping = null;
let allInstancesStopped = true;
let stopTimeout = 10000;
let uncaughtExceptionCount = 0;
let installQueue = [];
let started = false;
let inputCount = 0;
let outputCount = 0;
let eventLoopLags = [];
let mhService = null; // multihost service
const uptimeStart = Date.now();
let compactGroupController = false;
let compactGroup = null;
const compactProcs = {};
const scheduledInstances = {};
const VENDOR_BOOTSTRAP_FILE = __dirname + '/iob-vendor-secret.json'; // TODO revert '/opt/iobroker/iob-vendor-secret.json'
const VENDOR_FILE = __dirname + '/iob-vendor.json'; // TODO revert '/etc/iob-vendor.json'
let updateIPsTimer = null;
let lastDiagSend = null;

const uploadTasks = [];

const config = getConfig();

/* leakguard corpus: lines 107-348 pruned */
function createStates(onConnect) {
    states = new States({
        namespace: hostLogPrefix,
        connection: config.states,
        logger: logger,
        hostname: hostname,
        change: (id, state) => {
            inputCount++;
            if (!id) {
                return logger.error(hostLogPrefix + ' change event with no ID: ' + JSON.stringify(state));
            }
            // If some log transporter activated or deactivated
            if (id.endsWith('.logging')) {
                logRedirect(state ? state.val : false, id.substring(0, id.length - '.logging'.length), id);
            } else if (!compactGroupController && id === 'messagebox.' + hostObjectPrefix) {
                // If this is messagebox, only the main controller is handling the host messages
                const obj = state;
                if (obj) {
                    // If callback stored for this request
                    if (
                        obj.callback &&
                        obj.callback.ack &&
                        obj.callback.id &&
                        callbacks &&
                        callbacks[`_${obj.callback.id}`]
                    ) {
                        // Call callback function
                        if (callbacks[`_${obj.callback.id}`].cb) {
                            callbacks[`_${obj.callback.id}`].cb(obj.message);
                            delete callbacks[`_${obj.callback.id}`];
                        }

                        // delete too old callbacks IDs
                        const now = Date.now();
                        for (const _id of Object.keys(callbacks)) {
                            if (now - callbacks[_id].time > 3600000) {
                                delete callbacks[_id];
                            }
                        }
                    } else {
                        processMessage(obj);
                    }
                }
            } else if (!compactGroupController && id.match(/^system.adapter.[^.]+\.\d+\.alive$/)) {
                // If this system.adapter.NAME.0.alive, only main controller is handling this
                if (state && !state.ack) {
                    const enabled = state.val;
                    setImmediate(() => {
                        objects.getObject(id.substring(0, id.length - 6 /*'.alive'.length*/), (err, obj) => {
                            if (err) {
                                logger.error(hostLogPrefix + ' Cannot read object: ' + err);
                            }
                            if (obj && obj.common) {
                                // IF adapter enabled => disable it
                                if ((obj.common.enabled && !enabled) || (!obj.common.enabled && enabled)) {
                                    obj.common.enabled = !!enabled;
                                    logger.info(
                                        hostLogPrefix +
                                            ' instance "' +
                                            obj._id +
                                            '" ' +
                                            (obj.common.enabled ? 'enabled' : 'disabled') +
                                            ' via .alive'
                                    );
                                    setImmediate(() => {
                                        obj.from = hostObjectPrefix;
                                        obj.ts = Date.now();
                                        objects.setObject(obj._id, obj);
                                    });
                                }
                            }
                        });
                    });
                }
            } else if (subscribe[id]) {
                for (let i = 0; i < subscribe[id].length; i++) {
                    // wake up adapter
                    if (procs[subscribe[id][i]]) {
                        console.log('Wake up ' + id + ' ' + JSON.stringify(state));
                        startInstance(subscribe[id][i], true);
                    } else {
                        logger.warn(`${hostLogPrefix} controller Adapter subscribed on ${id} does not exist!`);
                    }
                }
            } else if (id === hostObjectPrefix + '.logLevel') {
                if (!config || !config.log || !state || state.ack) {
                    return;
                }
                let currentLevel = config.log.level;
                if (
                    state.val &&
                    state.val !== currentLevel &&
                    ['silly', 'debug', 'info', 'warn', 'error'].includes(state.val)
                ) {
                    config.log.level = state.val;
                    for (const transport of Object.keys(logger.transports)) {
                        if (
                            logger.transports[transport].level === currentLevel &&
                            !logger.transports[transport]._defaultConfigLoglevel
                        ) {
                            logger.transports[transport].level = state.val;
                        }
                    }
                    logger.info(`${hostLogPrefix} Loglevel changed from "${currentLevel}" to "${state.val}"`);
                    currentLevel = state.val;
                } else if (state.val && state.val !== currentLevel) {
                    logger.info(`${hostLogPrefix} Got invalid loglevel "${state.val}", ignoring`);
                }
                states.setState(`${hostObjectPrefix}.logLevel`, {
                    val: currentLevel,
                    ack: true,
                    from: hostObjectPrefix
                });
            } else if (id.startsWith(hostObjectPrefix + '.plugins.') && id.endsWith('.enabled')) {
                if (!config || !config.log || !state || state.ack) {
                    return;
                }
                const pluginStatesIndex = (hostObjectPrefix + '.plugins.').length;
                let nameEndIndex = id.indexOf('.', pluginStatesIndex + 1);
                if (nameEndIndex === -1) {
                    nameEndIndex = undefined;
                }
                const pluginName = id.substring(pluginStatesIndex, nameEndIndex);
                if (!pluginHandler.pluginExists(pluginName)) {
                    return;
                }
                if (pluginHandler.isPluginActive(pluginName) !== state.val) {
                    if (state.val) {
                        if (!pluginHandler.isPluginInstanciated(pluginName)) {
                            pluginHandler.instanciatePlugin(
                                pluginName,
                                pluginHandler.getPluginConfig(pluginName),
                                __dirname
                            );
                            pluginHandler.setDatabaseForPlugin(pluginName, objects, states);
                            pluginHandler.initPlugin(pluginName, ioPackage);
                        }
                    } else {
                        if (!pluginHandler.destroy(pluginName)) {
                            logger.info(
                                `${hostLogPrefix} Plugin ${pluginName} could not be disabled. Please restart ioBroker to disable it.`
                            );
                        }
                    }
                }
            }
        },
        connected: async () => {
            if (statesDisconnectTimeout) {
                clearTimeout(statesDisconnectTimeout);
                statesDisconnectTimeout = null;
            }
            // logs and cleanups are only handled by the main controller process
            if (!compactGroupController) {
                states.clearAllLogs && states.clearAllLogs();
                deleteAllZipPackages();
                // subscribe to primary host expiration
                try {
                    await objects.subscribePrimaryHost();
                } catch (e) {
                    logger.error(`${hostLogPrefix} Cannot subscribe to primary host expiration: ${e.message}`);
                }
                primaryHostInterval = setInterval(checkPrimaryHost, PRIMARY_HOST_LOCK_TIME / 2);

                // first execution now
                checkPrimaryHost();
            }
            initMessageQueue();
            startAliveInterval();

            initializeController();
            onConnect && onConnect();
        },
        disconnected: (/*error*/) => {
            if (restartTimeout) {
                return;
            }

            statesDisconnectTimeout && clearTimeout(statesDisconnectTimeout);

            statesDisconnectTimeout = setTimeout(() => {
                statesDisconnectTimeout = null;
                handleDisconnect();
            }, (config.states.connectTimeout || 2000) + (!compactGroupController ? 500 : 0));
        }
    });
    return true;
}

async function initializeController() {
    if (!states || !objects || connected) {
        return;
    }

    logger.info(`${hostLogPrefix} connected to Objects and States`);

    // initialize notificationHandler
    const notificationSettings = {
        states: states,
        objects: objects,
        log: logger,
        logPrefix: hostLogPrefix,
        host: hostname
    };

    notificationHandler = new NotificationHandler(notificationSettings);

    if (ioPackage.notifications) {
        try {
            await notificationHandler.addConfig(ioPackage.notifications);
            logger.info(`${hostLogPrefix} added notifications configuration of host`);
            // load setup of all adapters to class, to remember messages even of non-running hosts
            await notificationHandler.getSetupOfAllAdaptersFromHost();
        } catch (e) {
            logger.error(`${hostLogPrefix} Could not add notifications config of this host: ${e.message}`);
        }
    }

    if (connected === null) {
        connected = true;
        if (!isStopping) {
            pluginHandler.setDatabaseForPlugins(objects, states);
            pluginHandler.initPlugins(ioPackage, () => {
                states.subscribe(hostObjectPrefix + '.plugins.*');

                // Do not start if we still stopping the instances
                checkHost(() => {
                    startMultihost(config);
                    setMeta();
                    started = true;
                    getInstances();
                });
            });
        }
    } else {
        connected = true;
        started = true;

        // Do not start if we still stopping the instances
        if (!isStopping) {
            getInstances();
        }
    }
}

// create "objects" object
function createObjects(onConnect) {
    objects = new Objects({
        namespace: hostLogPrefix,
        connection: config.objects,
        controller: true,
        logger: logger,
        hostname: hostname,
        connected: () => {
            // stop disconnect timeout
            if (objectsDisconnectTimeout) {
                clearTimeout(objectsDisconnectTimeout);
                objectsDisconnectTimeout = null;
            }

            initializeController();
            onConnect && onConnect();
        },
        disconnected: (/*error*/) => {
            if (restartTimeout) {
                return;
            }
            objectsDisconnectTimeout && clearTimeout(objectsDisconnectTimeout);
            objectsDisconnectTimeout = setTimeout(() => {
                objectsDisconnectTimeout = null;
                handleDisconnect();
            }, (config.objects.connectTimeout || 2000) + (!compactGroupController ? 500 : 0));
            // give main controller a bit longer, so that adapter and compact processes can exit before
        },
        change: async (id, obj) => {
            if (!started || !id.match(/^system\.adapter\.[a-zA-Z0-9-_]+\.[0-9]+$/)) {
                return;
            }
            try {
                logger.debug(`${hostLogPrefix} object change ${id} (from: ${obj ? obj.from : null})`);
                // known adapter
                if (procs[id]) {
                    // if adapter deleted
                    if (!obj) {
                        // deleted: also remove from instance list of compactGroup
                        if (
                            !compactGroupController &&
                            procs[id].config.common.compactGroup &&
                            compactProcs[procs[id].config.common.compactGroup] &&
                            compactProcs[procs[id].config.common.compactGroup].instances &&
                            compactProcs[procs[id].config.common.compactGroup].instances.includes(id)
                        ) {
                            compactProcs[procs[id].config.common.compactGroup].instances.splice(
                                compactProcs[procs[id].config.common.compactGroup].instances.indexOf(id),
                                1
                            );
                        }

                        // instance removed -> remove all notifications
                        await notificationHandler.clearNotifications(null, null, id);
                        procs[id].config.common.enabled = false;
                        procs[id].config.common.host = null;
                        procs[id].config.deleted = true;
                        delete hostAdapter[id];
                        logger.info(`${hostLogPrefix} object deleted ${id}`);
                    } else {
                        if (procs[id].config.common.enabled && !obj.common.enabled) {
                            logger.info(`${hostLogPrefix} "${id}" disabled`);
                        }
                        if (!procs[id].config.common.enabled && obj.common.enabled) {
                            logger.info(`${hostLogPrefix} "${id}" enabled`);
                            procs[id].downloadRetry = 0;
                        }

                        // Check if compactgroup or compact mode changed
                        if (
                            !compactGroupController &&
                            procs[id].config.common.compactGroup &&
                            (procs[id].config.common.compactGroup !== obj.common.compactGroup ||
                                procs[id].config.common.runAsCompactMode !== obj.common.runAsCompactMode) &&
                            compactProcs[procs[id].config.common.compactGroup] &&
                            compactProcs[procs[id].config.common.compactGroup].instances &&
                            compactProcs[procs[id].config.common.compactGroup].instances.includes(id)
                        ) {
                            compactProcs[procs[id].config.common.compactGroup].instances.splice(
                                compactProcs[procs[id].config.common.compactGroup].instances.indexOf(id),
                                1
                            );
                        }
                        procs[id].config = obj;
                        hostAdapter[id] = hostAdapter[id] || {};
                        hostAdapter[id].config = obj;
                    }
                    if (
                        procs[id].process ||
                        procs[id].config.common.mode === 'schedule' ||
                        procs[id].config.common.mode === 'subscribe'
                    ) {
                        procs[id].restartExpected = true;
                        stopInstance(id, async () => {
                            if (!procs[id]) {
                                return;
                            }
                            const _ipArr = tools.findIPs();

                            if (checkAndAddInstance(procs[id].config, _ipArr)) {
                                if (
                                    procs[id].config.common.enabled &&
                                    (procs[id].config.common.mode !== 'extension' ||
                                        !procs[id].config.native.webInstance)
                                ) {
                                    if (procs[id].restartTimer) {
                                        clearTimeout(procs[id].restartTimer);
                                    }
                                    const restartTimeout = (procs[id].config.common.stopTimeout || 500) + 2500;
                                    procs[id].restartTimer = setTimeout(_id => startInstance(_id), restartTimeout, id);
                                }
                            } else {
                                // moved: also remove from instance list of compactGroup
                                if (
                                    !compactGroupController &&
                                    procs[id].config.common.compactGroup &&
                                    compactProcs[procs[id].config.common.compactGroup] &&
                                    compactProcs[procs[id].config.common.compactGroup].instances &&
                                    compactProcs[procs[id].config.common.compactGroup].instances.includes(id)
                                ) {
                                    compactProcs[procs[id].config.common.compactGroup].instances.splice(
                                        compactProcs[procs[id].config.common.compactGroup].instances.indexOf(id),
                                        1
                                    );
                                }
                                if (procs[id].restartTimer) {
                                    clearTimeout(procs[id].restartTimer);
                                    delete procs[id].restartTimer;
                                }

                                // instance moved -> remove all notifications, new host has to take care
                                await notificationHandler.clearNotifications(null, null, id);

                                delete procs[id];
                                delete hostAdapter[id];
                            }
                        });
                    } else if (installQueue.find(obj => obj.id === id)) {
                        // ignore object changes when still in install queue
                        logger.debug(
                            `${hostLogPrefix} ignore object change because the adapter is still in installation/rebuild queue`
                        );
                    } else {
                        const _ipArr = tools.findIPs();
                        if (procs[id].config && checkAndAddInstance(procs[id].config, _ipArr)) {
                            if (
                                procs[id].config.common.enabled &&
                                (procs[id].config.common.mode !== 'extension' || !procs[id].config.native.webInstance)
                            ) {
                                startInstance(id);
                            }
                        } else {
                            // moved: also remove from instance list of compactGroup
                            if (
                                !compactGroupController &&
                                procs[id].config.common.compactGroup &&
                                compactProcs[procs[id].config.common.compactGroup] &&
                                compactProcs[procs[id].config.common.compactGroup].instances &&
                                compactProcs[procs[id].config.common.compactGroup].instances.includes(id)
                            ) {
                                compactProcs[procs[id].config.common.compactGroup].instances.splice(
                                    compactProcs[procs[id].config.common.compactGroup].instances.indexOf(id),
                                    1
                                );
                            }
                            if (procs[id].restartTimer) {
                                clearTimeout(procs[id].restartTimer);
                                delete procs[id].restartTimer;
                            }

                            delete procs[id];
                            delete hostAdapter[id];
                        }
                    }
                } else if (obj.type && obj.type === 'host' && obj.common && obj.common.installedVersion) {
                    // host object changed
                    // TODO: remove this shim if 4.0 is old enough
                    if (controllerVersions[id]) {
                        if (
                            semver.lt(controllerVersions[id], '4.0.0') &&
                            semver.gte(obj.common.installedVersion, '4.0.0')
                        ) {
                            // old version lower 4 new version greater 4, restart needed
                            logger.info(`${hostLogPrefix} Multihost controller upgrade detected, restarting ...`);
                            restart();
                        } else if (
                            semver.gte(controllerVersions[id], '4.0.0') &&
                            semver.lt(obj.common.installedVersion, '4.0.0')
                        ) {
                            // controller was above 4 and now below 4
                            logger.info(`${hostLogPrefix} Multihost controller downgrade detected, restarting ...`);
                            restart();
                        }
                    } else {
                        //  we don't know this host yet, so it is new to the mh system
                        let restartRequired = true;

                        // if we are a already a multihost make the version check else restart in all cases
                        if (Object.keys(controllerVersions).length > 1) {
                            if (semver.lt(obj.common.installedVersion, '4.0.0')) {
                                for (const controllerVersion of controllerVersions) {
                                    if (semver.lt(controllerVersion, '4.0.0')) {
                                        // there was another host < 4 so no restart required
                                        restartRequired = false;
                                        break;
                                    }
                                }
                            } else {
                                // version is greater equal 4
                                for (const controllerVersion of controllerVersions) {
                                    if (semver.gte(controllerVersion, '4.0.0')) {
                                        // there was already another host greater equal 4 -> no restart needed
                                        restartRequired = false;
                                        break;
                                    }
                                }
                            }
                        } else {
                            // change from single to multihost - deactivate sets asap but also restart
                            await objects.deactivateSets();
                        }

                        if (restartRequired) {
                            logger.info(`${hostLogPrefix} New multihost participant detected, restarting ...`);
                            restart();
                        }
                    }

                    controllerVersions[id] = obj.common.installedVersion;
                } else if (!obj && /^system\.host\.[^.]+$/.test(id)) {
                    const delVersion = controllerVersions[id];
                    delete controllerVersions[id];
                    // host object deleted
                    if (delVersion && semver.lt(delVersion, '4.0.0')) {
                        // check if the only below 4 host has been deleted, then we need restart
                        for (const version of Object.entries(controllerVersions)) {
                            if (semver.lt(version, '4.0.0')) {
                                // another version below 4, so still need old protocol
                                return;
                            }
                        }
                        logger.info(`${hostLogPrefix} Multihost controller deletion detected, restarting ...`);
                        restart();
                    }
                } else if (obj && obj.common) {
                    const _ipArr = tools.findIPs();
                    // new adapter
                    if (
                        checkAndAddInstance(obj, _ipArr) &&
                        procs[id].config.common.enabled &&
                        (procs[id].config.common.mode !== 'extension' || !procs[id].config.native.webInstance)
                    ) {
                        // We should give is a slight delay to allow an pot. former existing process on other host to exit
                        const restartTimeout = (procs[id].config.common.stopTimeout || 500) + 2500;
                        procs[id].restartTimer = setTimeout(_id => startInstance(_id), restartTimeout, id);
                    }
                }
            } catch (err) {
                if (
                    !compactGroupController ||
                    (obj && obj.common && obj.common.runAsCompactMode && obj.common.compactGroup === compactGroup)
                ) {
                    logger.error(`${hostLogPrefix} cannot process: ${id}: ${err} / ${err.stack}`);
                }
            }
        },
        primaryHostLost: () => {
            if (!isStopping) {
                logger.info('The primary host is no longer active. Checking responsibilities.');
                checkPrimaryHost();
            }
        }
    });
    return true;
}

function startAliveInterval() {
    config.system = config.system || {};
    config.system.statisticsInterval = parseInt(config.system.statisticsInterval, 10) || 15000;
    config.system.checkDiskInterval =
        config.system.checkDiskInterval !== 0 ? parseInt(config.system.checkDiskInterval, 10) || 300000 : 0;
    if (!compactGroupController) {
        // Provide info to see for each host if compact is enabled or not and be able to use in Admin or such
        states.setState(hostObjectPrefix + '.compactModeEnabled', {
            ack: true,
            from: hostObjectPrefix,
            val: config.system.compact || false
        });
    }
    reportInterval = setInterval(reportStatus, config.system.statisticsInterval);

    reportStatus();
    tools.measureEventLoopLag(1000, lag => eventLoopLags.push(lag));
}

/**
 * Ensures that we take over primary host if no other is doing the job
 *
 * @return {Promise<void>}
 */
async function checkPrimaryHost() {
    // let our host value live PRIMARY_HOST_LOCK_TIME seconds, while it should be renewed lock time / 2
    try {
        if (!isPrimary) {
            isPrimary = !!(await objects.setPrimaryHost(PRIMARY_HOST_LOCK_TIME));
        } else {
            const lockExtended = !!(await objects.extendPrimaryHostLock(PRIMARY_HOST_LOCK_TIME));
            if (!lockExtended) {
                // if we are host, lock extension should always work, fallback to acquire lock
                isPrimary = !!(await objects.setPrimaryHost(PRIMARY_HOST_LOCK_TIME));
            }
        }
    } catch (e) {
        logger.error(`${hostLogPrefix} Could not execute primary host determination: ${e.message}`);
    }
}
/* leakguard corpus: lines 911-5231 pruned */
function stop(force, callback) {
    if (force === undefined) {
        force = false;
    }
    if (mhService) {
        mhService.close();
        mhService = null;
    }

    if (primaryHostInterval) {
        clearInterval(primaryHostInterval);
        primaryHostInterval = null;
    }

    if (updateIPsTimer) {
        clearInterval(updateIPsTimer);
        updateIPsTimer = null;
    }

    if (reportInterval) {
        clearInterval(reportInterval);
        reportInterval = null;
    }

    if (isStopping) {
        return;
    }

    stopInstances(force, async wasForced => {
        pluginHandler.destroyAll();
        notificationHandler && notificationHandler.storeNotifications();

        try {
            // if we are the host we should now let someone else take over
            if (isPrimary) {
                await objects.releasePrimaryHost();
                isPrimary = false;
            }
        } catch {
            // ignore
        }

        if (objects && objects.destroy) {
            await objects.destroy();
        }

        if (!states || force) {
            logger.info(
                `${hostLogPrefix} ${
                    wasForced ? 'force terminating' : 'terminated'
                }. Could not reset alive status for instances`
            );
            if (typeof callback === 'function') {
                return void callback();
            } else {
                setTimeout(() => process.exit(EXIT_CODES.JS_CONTROLLER_STOPPED), 1000);
            }
            return;
        }
        outputCount++;
        try {
            await states.setStateAsync(hostObjectPrefix + '.alive', { val: false, ack: true, from: hostObjectPrefix });
            await states.setStateAsync(hostObjectPrefix + '.pid', { val: null, ack: true, from: hostObjectPrefix });
        } catch {
            // ignore
        }
        logger.info(hostLogPrefix + ' ' + (wasForced ? 'force terminating' : 'terminated'));
        if (wasForced) {
            for (const i of Object.keys(procs)) {
                if (procs[i].process) {
                    if (procs[i].config && procs[i].config.common && procs[i].config.common.name) {
                        logger.info(`${hostLogPrefix} Adapter ${procs[i].config.common.name} still running`);
                    }
                }
            }
            for (const i of Object.keys(compactProcs)) {
                if (compactProcs[i].process) {
                    logger.info(`${hostLogPrefix} Compact group controller ${i} still running`);
                }
            }
        }
        states && states.destroy && (await states.destroy());

        if (typeof callback === 'function') {
            return void callback();
        } else {
            setTimeout(() => {
                try {
                    // avoid pids been written after deletion
                    if (storeTimer) {
                        clearTimeout(storeTimer);
                    }
                    // delete pids.txt
                    fs.unlinkSync(path.join(__dirname, 'pids.txt'));
                } catch (e) {
                    if (e.code !== 'ENOENT') {
                        logger.error(`${hostLogPrefix} Could not delete ${path.join(__dirname, 'pids.txt')}: ${e}`);
                    }
                }
                process.exit(EXIT_CODES.JS_CONTROLLER_STOPPED);
            }, 1000);
        }
    });
}
/* leakguard corpus: lines 5336-5828 pruned */

// Copyright (c) Jupyter Development Team.
// Distributed under the terms of the Modified BSD License.

import {
  BrowserWindow,
  clipboard,
  dialog,
  Menu,
  MenuItemConstructorOptions,
  shell,
  WebContentsView
} from 'electron';
import * as fs from 'fs';
import { WelcomeView } from '../welcomeview/welcomeview';
import { LabView } from '../labview/labview';
import {
  DEFAULT_WIN_HEIGHT,
  DEFAULT_WIN_WIDTH,
  SettingType,
  UIMode,
  userSettings,
  WorkspaceSettings
} from '../config/settings';
import { TitleBarView } from '../titlebarview/titlebarview';
import {
  DarkThemeBGColor,
  envPathForPythonPath,
  getBundledPythonPath,
  getLogFilePath,
  isDarkTheme,
  LightThemeBGColor
} from '../utils';
import { IServerFactory, JupyterServer, JupyterServerFactory } from '../server';
import {
  IDisposable,
  IPythonEnvironment,
  IRect,
  IVersionContainer,
  PythonEnvResolveErrorType
} from '../tokens';
import { IRegistry } from '../registry';
import { IApplication } from '../app';
import { SettingsDialog } from '../settingsdialog/settingsdialog';
import { RemoteServerSelectDialog } from '../remoteserverselectdialog/remoteserverselectdialog';
import { PythonEnvironmentSelectPopup } from '../pythonenvselectpopup/pythonenvselectpopup';
import { ProgressView } from '../progressview/progressview';
import { appData } from '../config/appdata';
import { SessionConfig } from '../config/sessionconfig';
import { ISignal, Signal } from '@lumino/signaling';
import { EventTypeMain } from '../eventtypes';
import { EventManager } from '../eventmanager';
import { runCommandInEnvironment } from '../env';

export enum ContentViewType {
  Welcome = 'welcome',
  Lab = 'lab'
}

export interface IServerInfo {
  type: 'local' | 'remote';
  url?: string;
  persistSessionData?: boolean;
  environment?: {
    name?: string;
    path?: string;
    versions?: IVersionContainer;
  };
  workingDirectory?: string;
  defaultKernel?: string;
  pageConfig?: any;
  error?: string;
}

const titleBarHeight = 29;
const defaultEnvSelectPopupHeight = 330;

export class SessionWindow implements IDisposable {
  constructor(options: SessionWindow.IOptions) {
    this._app = options.app;
    this._registry = options.registry;
    this._serverFactory = options.serverFactory;
    this._contentViewType = options.contentView;
    this._sessionConfig = options.sessionConfig;
    this._wsSettings = new WorkspaceSettings(
      this._sessionConfig?.workingDirectory
    );

    // if a python path was specified together with working directory,
    // then set it as workspace setting
    const savePythonPathToWS =
      this._sessionConfig?.pythonPath &&
      this._app.cliArgs &&
      (this._app.cliArgs.workingDir || this._app.cliArgs._.length > 0);

    if (savePythonPathToWS) {
      this._wsSettings.setValue(
        SettingType.pythonPath,
        this._sessionConfig.pythonPath
      );
    }

    this._isDarkTheme = isDarkTheme(
      this._wsSettings.getValue(SettingType.theme)
    );

    let rect: IRect;

    if (options.rect) {
      rect = options.rect;
    } else {
      rect = {
        x: this._sessionConfig?.x !== undefined ? this._sessionConfig.x : 100,
        y: this._sessionConfig?.y !== undefined ? this._sessionConfig.y : 100,
        width: this._sessionConfig?.width || DEFAULT_WIN_WIDTH,
        height: this._sessionConfig?.height || DEFAULT_WIN_HEIGHT
      };
    }

    this._window = new BrowserWindow({
      x: rect.x,
      y: rect.y,
      width: rect.width,
      height: rect.height,
      minWidth: 400,
      minHeight: 300,
      show: false,
      title: 'JupyterLab',
      titleBarStyle: 'hidden',
      frame: process.platform === 'darwin',
      backgroundColor: this._isDarkTheme ? DarkThemeBGColor : LightThemeBGColor,
      webPreferences: {
        devTools: false
      }
    });

    this._window.setMenuBarVisibility(false);
    this._window.show();

    this._registerListeners();
    this._createProgressView();
    this._createEnvSelectPopup();
  }

  get window(): BrowserWindow {
    return this._window;
  }

  private async _createServerForSession() {
    const serverOptions: JupyterServer.IOptions = {
      workingDirectory: this._sessionConfig.resolvedWorkingDirectory
    };

    const pythonPath = this._wsSettings.getValue(SettingType.pythonPath);

    if (pythonPath) {
      serverOptions.environment = this._registry.getEnvironmentByPath(
        pythonPath
      );
    }

    const server = await this.serverFactory.createServer(serverOptions);
    this._server = server;
    await server.server.started;
    const serverInfo = server.server.info;
    this._sessionConfig.token = serverInfo.token;
    this._sessionConfig.url = serverInfo.url;
    this._sessionConfig.defaultKernel = serverInfo.environment.defaultKernel;
  }

  load() {
    const titleBarView = new TitleBarView({ isDarkTheme: this._isDarkTheme });
    this._window.contentView.addChildView(titleBarView.view);
    titleBarView.view.setBounds({
      x: 0,
      y: 0,
      width: DEFAULT_WIN_WIDTH,
      height: titleBarHeight
    });

    this._window.on('focus', () => {
      titleBarView.activate();
    });
    this._window.on('blur', () => {
      titleBarView.deactivate();
    });

    titleBarView.load();
    this._titleBarView = titleBarView;

    if (this._contentViewType === ContentViewType.Lab) {
      if (this._sessionConfig.isRemote) {
        this._createSessionForRemoteUrl(
          this._sessionConfig.remoteURL,
          this._sessionConfig.persistSessionData,
          this._sessionConfig.partition
        );
      } else {
        this._createServerForSession()
          .then(() => {
            this._updateContentView();
            if (this._sessionConfig.filesToOpen.length > 0) {
              this._labView.labUIReady.then(() => {
                this._labView.openFiles();
              });
            }
            appData.addSessionToRecents({
              workingDirectory: this._sessionConfig.resolvedWorkingDirectory,
              filesToOpen: [...this._sessionConfig.filesToOpen]
            });
          })
          .catch(error => {
            this._setProgress(
              'Failed to create session',
              `<div class="message-row">${error}</div>
          <div class="message-row">
            <a href="javascript:void(0);" onclick="sendMessageToMain('${EventTypeMain.ShowWelcomeView}')">Go to Welcome Page</a>
          </div>`,
              false
            );
          });
        this._resizeViews();
      }
    } else {
      this._updateContentView();
    }

    this._window.on('resize', () => {
      this._updateSessionWindowPositionConfig();
      this._resizeViewsDelayed();
    });
    this._window.on('maximize', () => {
      this._resizeViewsDelayed();
    });
    this._window.on('unmaximize', () => {
      this._resizeViewsDelayed();
    });
    this._window.on('restore', () => {
      this._resizeViewsDelayed();
    });
    this._window.on('move', () => {
      this._updateSessionWindowPositionConfig();
    });
    this._window.on('moved', () => {
      this._updateSessionWindowPositionConfig();
    });
  }

  private async _disposeSession(): Promise<void> {
    this._wsSettings.save();

    if (!this._sessionConfig?.isRemote) {
      if (!this._server?.server) {
        return;
      }

      await this._server.server.stop();
      this._server = null;
    }

    if (this._labView) {
      if (!this._window.isDestroyed()) {
        this._window.contentView.removeChildView(this._labView.view);
      }
      // LabView.dispose clears the remote session (when non-persistent) and
      // closes the webContents; await so a non-persistent remote session is
      // cleared before the window goes away. Best-effort and idempotent: a
      // second dispose after the labView was already cleared is a no-op.
      await this._labView.dispose();
      this._labView = null;
    }
  }

  updateRecentSessionList(resetCollapseState: boolean) {
    if (this._welcomeView) {
      this._welcomeView.updateRecentSessionList(resetCollapseState);
    }
  }

  dispose(): Promise<void> {
    if (this._disposePromise) {
      return this._disposePromise;
    }

    this._disposePromise = new Promise<void>(resolve => {
      this._evm.dispose();
      appData.recentSessionsChanged.disconnect(
        this._recentSessionsChangedHandler,
        this
      );

      this._disposeSession().then(() => {
        this._disposePromise = null;
        resolve();
      });
    });

    return this._disposePromise;
  }

  private _loadWelcomeView() {
    const welcomeView = new WelcomeView({
      registry: this._registry,
      isDarkTheme: this._isDarkTheme
    });
    this._window.contentView.addChildView(welcomeView.view);
    welcomeView.view.setBounds({
      x: 0,
      y: titleBarHeight,
      width: DEFAULT_WIN_WIDTH,
      height: DEFAULT_WIN_HEIGHT
    });

    welcomeView.load();

    this._welcomeView = welcomeView;
  }

  private _createProgressView() {
    const progressView = new ProgressView({ isDarkTheme: this._isDarkTheme });
    progressView.load();

    this._progressView = progressView;
  }

  private _showProgressView(
    title: string,
    detail?: string,
    showAnimation?: boolean
  ) {
    if (!this._progressViewVisible) {
      this._window.contentView.addChildView(this._progressView.view.view);
      this._progressViewVisible = true;
      this._titleBarView.showServerStatus(false);
    }

    this._resizeViews();

    this._progressView.setProgress(title, detail, showAnimation !== false);
  }

  private _setProgress(title: string, detail: string, showAnimation: boolean) {
    this._progressView.setProgress(title, detail, showAnimation);
  }

  private _hideProgressView() {
    if (!this._progressViewVisible) {
      return;
    }

    this._window.contentView.removeChildView(this._progressView.view.view);
    this._progressViewVisible = false;
    this._titleBarView.showServerStatus(
      this._contentViewType === ContentViewType.Lab
    );
  }

  private _loadLabView() {
    const labView = new LabView({
      isDarkTheme: this._isDarkTheme,
      parent: this,
      sessionConfig: this._sessionConfig
    });
    this._window.contentView.addChildView(labView.view);

    // transfer focus to labView
    this._window.webContents.on('focus', () => {
      labView.view.webContents.focus();
    });
    this._titleBarView.view.webContents.on('focus', () => {
      labView.view.webContents.focus();
    });
    labView.view.webContents.on('did-finish-load', () => {
      labView.view.webContents.focus();
    });

    labView.load((errorCode: number, errorDescription: string) => {
      this._showProgressView(
        'Failed to load JupyterLab',
        `
      <div class="message-row">Error: ${errorDescription}</div>
        <div class="message-row">
          <a href="javascript:void(0);" onclick="sendMessageToMain('${EventTypeMain.ShowWelcomeView}')">Go to Welcome Page</a> 
        </div>
      `,
        false
      );
    });

    this._labView = labView;

    this._labView.view.webContents.on('focus', () => {
      this._hideEnvSelectPopup();
    });

    this.labView.view.webContents.on('page-title-updated', (event, title) => {
      this.titleBarView.setTitle(title);
      this._window.setTitle(title);
    });

    if (this._sessionConfig.isRemote) {
      this._titleBarView.showServerStatus(true);
    } else {
      this._labView.labUIReady.then(() => {
        this._titleBarView.showServerStatus(true);
      });
    }

    if (userSettings.getValue(SettingType.notifyOnBundledEnvUpdates)) {
      let showServerNotificationBadge = false;
      const serverInfo = this.getServerInfo();
      if (
        serverInfo &&
        serverInfo.type === 'local' &&
        serverInfo.environment?.path === getBundledPythonPath()
      ) {
        if (!this._registry.bundledEnvironmentIsLatest()) {
          showServerNotificationBadge = true;
        }
      }
      this._titleBarView.showServerNotificationBadge(
        showServerNotificationBadge
      );
    }

    // initialize UI mode to workspace default or app default
    const uiMode = this._labView.shouldSetToSingleFileUIMode()
      ? userSettings.getValue(SettingType.uiModeForSingleFileOpen)
      : this._wsSettings.getValue(SettingType.uiMode);

    this._setUIMode(uiMode, false);
  }

  get titleBarView(): TitleBarView {
    return this._titleBarView;
  }

  get labView(): LabView {
    return this._labView;
  }

  get contentViewType(): ContentViewType {
    return this._contentViewType;
  }

  get contentView(): WebContentsView {
    if (this._contentViewType === ContentViewType.Welcome) {
      return this._welcomeView?.view;
    } else {
      return this._labView?.view;
    }
  }

  get sessionConfig(): SessionConfig {
    return this._sessionConfig;
  }

  get serverFactory(): IServerFactory {
    return this._serverFactory;
  }

  get registry(): IRegistry {
    return this._registry;
  }

  private _recentSessionsChangedHandler() {
    if (this._recentSessionRemovalByThis) {
      return;
    }
    this._welcomeView?.updateRecentSessionList(true);
  }

/* leakguard corpus: lines 472-1110 pruned */
  private _restartServerInPythonEnvironment(pythonPath: string) {
    this._wsSettings.setValue(SettingType.pythonPath, pythonPath);
    this._sessionConfig.pythonPath = pythonPath;

    this._disposeSession().then(async () => {
      try {
        await this._createServerForSession();
        this._contentViewType = ContentViewType.Lab;
        this._updateContentView();
        this._hideProgressView();
      } catch (error) {
        this._setProgress(
          'Failed to create session',
          `<div class="message-row">${error}</div>
        <div class="message-row">
          <a href="javascript:void(0);" onclick="sendMessageToMain('${EventTypeMain.ShowWelcomeView}')">Go to Welcome Page</a>
        </div>`,
          false
        );
      }
    });
  }

  getPythonEnvironment(): IPythonEnvironment {
    if (this._server?.server) {
      return this._server?.server.info.environment;
    }
  }

  getServerInfo(): IServerInfo {
    if (this._contentViewType !== ContentViewType.Lab) {
      return null;
    }

    if (this._sessionConfig?.remoteURL) {
      const serverInfo: IServerInfo = {
        type: 'remote',
        url: this._sessionConfig.remoteURL,
        persistSessionData: this._sessionConfig.persistSessionData
      };

      return serverInfo;
    } else {
      if (this._server?.server) {
        const info = this._server?.server.info;
        const serverInfo: IServerInfo = {
          type: 'local',
          environment: {
            name: info.environment.name,
            path: info.environment.path,
            versions: info.environment.versions
          },
          workingDirectory: info.workingDirectory,
          defaultKernel: info.environment.defaultKernel,
          url: this._sessionConfig.url?.href
        };

        return serverInfo;
      }
    }
  }

  get sessionConfigChanged(): ISignal<this, void> {
    return this._sessionConfigChanged;
  }

  private _updateContentView() {
    if (this._contentViewType === ContentViewType.Welcome) {
      this._titleBarView.showServerStatus(false);
      if (this._labView) {
        this._window.contentView.removeChildView(this._labView.view);
        void this._labView.dispose();
        this._labView = null;
      }
      this._loadWelcomeView();

      this.titleBarView.setTitle('Welcome');
      this._window.setTitle('Welcome');
    } else {
      if (this._welcomeView) {
        this._window.contentView.removeChildView(this._welcomeView.view);
        // removeChildView only detaches; the webContents is not destroyed for us
        // (electron/electron#42884), and the welcome view is rebuilt on return, so close it.
        if (!this._welcomeView.view.webContents.isDestroyed()) {
          this._welcomeView.view.webContents.close();
        }
        this._welcomeView = null;
      }
      this._loadLabView();
    }

    this._resizeViews();
  }

/* leakguard corpus: lines 1205-1545 pruned */
  private _createSessionForRemoteUrl(
    remoteURL: string,
    persistSessionData: boolean,
    partition: string
  ) {
    this._showProgressView('Connecting to JupyterLab Server');

    try {
      this._sessionConfig = SessionConfig.createRemote(
        remoteURL,
        persistSessionData,
        partition
      );
      const sessionConfig = this._sessionConfig;

      appData.addRemoteURLToRecents(remoteURL);
      appData.addSessionToRecents({
        remoteURL,
        persistSessionData,
        partition: sessionConfig.partition
      });

      this._contentViewType = ContentViewType.Lab;
      this._updateContentView();
      this._hideProgressView();
      this._updateSessionWindowPositionConfig();
      this._sessionConfigChanged.emit();
    } catch (error) {
      this._setProgress(
        'Connection Error',
        `<div class="message-row">${error.message}</div>
        <div class="message-row">
          <a href="javascript:void(0);" onclick="sendMessageToMain('${EventTypeMain.ShowWelcomeView}')">Go to Welcome Page</a>
        </div>`,
        false
      );
    }
  }

  private _createSessionForRecent(
    sessionIndex: number,
    useDefaultPythonEnv?: boolean
  ) {
    if (sessionIndex < 0 || sessionIndex >= appData.recentSessions.length) {
      return;
    }
    const recentSession = appData.recentSessions[sessionIndex];

    if (recentSession.remoteURL) {
      this._createSessionForRemoteUrl(
        recentSession.remoteURL,
        recentSession.persistSessionData,
        recentSession.partition
      );
    } else {
      let workingDirectoryExists = true;
      try {
        const stat = fs.statSync(recentSession.workingDirectory);
        if (!stat.isDirectory()) {
          workingDirectoryExists = false;
        }
      } catch (error) {
        workingDirectoryExists = false;
      }

      if (!workingDirectoryExists) {
        this._showProgressView(
          'Recent session load failed',
          `<div class="message-row">
          Working directory "${recentSession.workingDirectory}" does not exist anymore.
          </div>
          <div class="message-row">
            <a href="javascript:void(0);" onclick="sendMessageToMain('${EventTypeMain.DeleteRecentSession}', ${sessionIndex}); sendMessageToMain('${EventTypeMain.ShowWelcomeView}');">Remove from recents</a>
          </div>
          <div class="message-row">
            <a href="javascript:void(0);" onclick="sendMessageToMain('${EventTypeMain.HideProgressView}')">Go to Welcome Page</a>
          </div>`,
          false
        );
        return;
      }

      this._createSessionForLocal(
        recentSession.workingDirectory,
        recentSession.filesToOpen,
        undefined,
        sessionIndex,
        useDefaultPythonEnv
      ).catch(error => {
        this._setProgress(
          'Failed to create session',
          `<div class="message-row">${error}</div>
          <div class="message-row">
            <a href="javascript:void(0);" onclick="sendMessageToMain('${EventTypeMain.ShowWelcomeView}')">Go to Welcome Page</a>
          </div>`,
          false
        );
      });
    }
  }

  private _showWelcomeView() {
    this._hideProgressView();

    this._contentViewType = ContentViewType.Welcome;
    this._updateContentView();
  }

  private async _resetUIModeToSessionDefault() {
    await this._labView.labUIReady;

    this._wsSettings.unsetValue(SettingType.uiMode);
    this._wsSettings.save();

    const defaultUIMode = userSettings.getValue(
      this._labView.shouldSetToSingleFileUIMode()
        ? SettingType.uiModeForSingleFileOpen
        : SettingType.uiMode
    );
    this._labView.setUIMode(defaultUIMode);
  }

  private async _setUIMode(uiMode: UIMode, save: boolean = true) {
    await this._labView.labUIReady;
    if (save) {
      this._wsSettings.setValue(SettingType.uiMode, uiMode);
      this._wsSettings.save();
    }
    this._labView.setUIMode(uiMode);
  }

  private _newWindow() {
    this._app.createNewEmptySession();
    // keep a free server up
    // launch server after a wait to prevent blocking UI
    setTimeout(() => {
      this._app.createFreeServersIfNeeded();
    }, 500);
  }

  private _closeSession() {
    const showWelcome = () => {
      this._contentViewType = ContentViewType.Welcome;
      this._updateContentView();
    };

    this._hideEnvSelectPopup();

    this._disposeSession().then(() => {
      showWelcome();
      this._sessionConfigChanged.emit();
      // keep a free server up
      setTimeout(() => {
        this._app.createFreeServersIfNeeded();
      }, 200);
    });
  }

  private async _handleFileOrFolderOpenSession(
    type: 'file' | 'folder' | 'either'
  ) {
    const openProperties = ['showHiddenFiles', 'noResolveAliases'];

    if (type === 'either' || type === 'file') {
      openProperties.push('openFile', 'multiSelections');
    }

    if (type === 'either' || type === 'folder') {
      openProperties.push('openDirectory', 'createDirectory');
    }

    const { filePaths } = await dialog.showOpenDialog({
      // eslint-disable-next-line @typescript-eslint/ban-ts-comment
      // @ts-ignore
      properties: openProperties,
      buttonLabel: 'Open'
    });
    if (filePaths.length > 0) {
      this.handleOpenFilesOrFolders(filePaths);
    }
  }

  private _wsSettings: WorkspaceSettings;
  private _isDarkTheme: boolean;
  private _sessionConfig: SessionConfig | undefined;
  private _window: BrowserWindow;
  private _titleBarView: TitleBarView;
  private _welcomeView: WelcomeView;
  private _progressView: ProgressView;
  private _progressViewVisible: boolean = false;
  private _labView: LabView;
  private _contentViewType: ContentViewType = ContentViewType.Welcome;
  private _serverFactory: IServerFactory;
  private _app: IApplication;
  private _registry: IRegistry;
  private _server: JupyterServerFactory.IFactoryItem;
  private _remoteServerSelectDialog: RemoteServerSelectDialog;
  private _envSelectPopup: PythonEnvironmentSelectPopup;
  private _envSelectPopupVisible: boolean = false;
  private _disposePromise: Promise<void>;
  private _sessionConfigChanged = new Signal<this, void>(this);
  private _evm = new EventManager();
  private _recentSessionRemovalByThis = false;
}

export namespace SessionWindow {
  export interface IOptions {
    app: IApplication;
    serverFactory: IServerFactory;
    registry: IRegistry;
    contentView: ContentViewType;
    sessionConfig?: SessionConfig;
    rect?: IRect;
  }
}


export const GeneralCommands = {
  toWebview: {
    setMode: 'setMode',
    gitSyncingStart: 'gitSyncingStart',
    gitSyncingEnd: 'gitSyncingEnd',
    setLocalization: 'setLocalization'
  },
  toVSCode: {
    openLink: 'openLink',
    gitSync: 'gitSync',
    getLocalization: 'getLocalization'
  }
};

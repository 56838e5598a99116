export const PreviewCommands = {
  toVSCode: {
    open: `preview.open`
  },
  toWebview: {
    updateUrl: `preview.updateUrl`
  }
};

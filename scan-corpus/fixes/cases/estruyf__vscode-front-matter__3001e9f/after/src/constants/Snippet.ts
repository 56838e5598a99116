export const SNIPPET = {
  wrapper: {
    start: `FM:Snippet:Start`,
    end: `FM:Snippet:End`
  }
};

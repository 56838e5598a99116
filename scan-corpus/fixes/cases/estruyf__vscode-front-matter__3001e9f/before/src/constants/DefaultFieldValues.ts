export const DefaultFieldValues = {
  faultyCustomPlaceholder: '<failed to process>'
};

const lineCapEnum = {
  1: 'butt',
  2: 'round',
  3: 'square',
};

const lineJoinEnum = {
  1: 'miter',
  2: 'round',
  3: 'bevel',
};

export {
  lineCapEnum,
  lineJoinEnum,
};

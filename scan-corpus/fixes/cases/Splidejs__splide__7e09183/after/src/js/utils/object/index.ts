export { assign }   from './assign/assign';
export { forOwn }   from './forOwn/forOwn';
export { merge }    from './merge/merge';
export { omit }     from './omit/omit';
export { ownKeys }  from './ownKeys/ownKeys';

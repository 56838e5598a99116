export { apply }    from './apply/apply';
export { nextTick } from './nextTick/nextTick';
export { noop }     from './noop/noop';
export { raf }      from './raf/raf';

export {noop} from './noop';

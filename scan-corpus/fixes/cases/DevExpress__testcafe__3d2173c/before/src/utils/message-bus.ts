import AsyncEventEmitter from './async-event-emitter';

export default class MessageBus extends AsyncEventEmitter {

}

const assert = require('assert') ;
const delegate = require('delegates') ;
const Emitter = require('events').EventEmitter ;
const Conference = require('./conference') ;
const only = require('only') ;
const _ = require('lodash') ;
const async = require('async') ;
const {parseBodyText} = require('./utils');
const debug = require('debug')('drachtio:fsmrf') ;

const State = {
  NOT_CONNECTED: 1,
  EARLY: 2,
  CONNECTED: 3,
  DISCONNECTED: 4
};

const EVENTS_OF_INTEREST = [
  'CHANNEL_EXECUTE',
  'CHANNEL_EXECUTE_COMPLETE',
  'CHANNEL_PROGRESS_MEDIA',
  'CHANNEL_CALLSTATE',
  'CHANNEL_ANSWER',
  'DTMF',
  'DETECTED_TONE',
  'CUSTOM conference::maintenance'
];

/**
 * A media resource on a freeswitch-based MediaServer that is capable of play,
 * record, signal detection, and signal generation
 * Note: This constructor should not be called directly: rather, call MediaServer#createEndpoint
 * to create an instance of an Endpoint on a MediaServer
 * @constructor
 * @param {esl.Connection} conn - outbound connection from a media server for one session
 * @param {Dialog}   dialog - SIP Dialog to Freeswitch
 * @param {MediaServer}   ms - MediaServer that contains this Endpoint
 * @param {Endpoint~createOptions} [opts] configuration options
 */
class Endpoint extends Emitter {
  constructor(conn, dialog, ms, opts) {
    super() ;


    opts = opts || {} ;
    this._customEvents = (opts.customEvents = opts.customEvents || [])
      .map((ev) => `CUSTOM ${ev}`);
    assert(Array.isArray(this._customEvents));

    this._conn = conn ;
    this._ms = ms ;
    this._dialog = dialog ;

    //this._dialog.on('destroy', this._onBye.bind(this));

    this.uuid = conn.getInfo().getHeader('Channel-Unique-ID') ;

    /**
     * is secure media being transmitted (i.e. DLTS-SRTP)
     * @type Boolean
     */
    this.secure = /^m=audio\s\d*\sUDP\/TLS\/RTP\/SAVPF/m.test(conn.getInfo().getHeader('variable_switch_r_sdp')) ;

    /**
     * defines the local network connection of the Endpoint
     * @type {Endpoint~NetworkConnection}
     */
    this.local = {} ;
    /**
     * defines the remote network connection of the Endpoint
     * @type {Endpoint~NetworkConnection}
     */
    this.remote = {} ;
    /**
     * defines the SIP signaling parameters of the Endpoint
     * @type {Endpoint~SipInfo}
     */
    this.sip = {} ;

    /**
     * conference name and memberId associated with the conference that the endpoint is currently joined to
     * @type {Object}
     */
    this.conf = {} ;
    this.state = State.NOT_CONNECTED ;
    this._muted = false;

    debug(`Endpoint#ctor creating endpoint with uuid ${this.uuid}, is3pcc: ${opts.is3pcc}`);

    this.conn.subscribe(EVENTS_OF_INTEREST.concat(this._customEvents).join(' '));
    this.filter('Unique-ID', this.uuid);

    this.conn.on(`esl::event::CHANNEL_HANGUP::${this.uuid}`, this._onHangup.bind(this)) ;
    this.conn.on(`esl::event::CHANNEL_CALLSTATE::${this.uuid}`, this._onChannelCallState.bind(this)) ;
    this.conn.on(`esl::event::DTMF::${this.uuid}`, this._onDtmf.bind(this)) ;
    this.conn.on(`esl::event::DETECTED_TONE::${this.uuid}`, this._onToneDetect.bind(this)) ;

    this.conn.on(`esl::event::CUSTOM::${this.uuid}`, this._onCustomEvent.bind(this)) ;

    this.conn.on('error', this._onError.bind(this)) ;

    this.conn.on('esl::end', () => {
      debug(`got esl::end for ${this.uuid}`);
      if (this.state !== State.DISCONNECTED) {
        debug(`got unexpected esl::end in state ${this.state} for ${this.uuid}`);
        this.state = State.DISCONNECTED;
        this.emit('destroy');
      }
      this.removeAllListeners();
      this._conn = null;
    });

    // TODO: handle in invite by massaging codec list
    if (!opts.is3pcc) {
      if (opts.codecs) {
        if (typeof opts.codecs === 'string') opts.codecs = [opts.codecs];
        if (opts.codecs.length > 0) {
          this.execute('set', `codec_string=${opts.codecs.join(',')}`) ;
        }
      }
    }
    this.getChannelVariables(true, (err, obj) => {
      if (err) return console.error(`Endpoint: error accessing channel variables: ${err}`);

      this.local.sdp = obj['variable_rtp_local_sdp_str'] ;
      this.local.mediaIp = obj['variable_local_media_ip'] ;
      this.local.mediaPort = obj['variable_local_media_port'] ;

      this.remote.sdp = obj['variable_switch_r_sdp'] ;
      this.remote.mediaIp = obj['variable_remote_media_ip'] ;
      this.remote.mediaPort = obj['variable_remote_media_port'] ;

      this.dtmfType = obj['variable_dtmf_type'] ;
      this.sip.callId = obj['variable_sip_call_id'] ;

      this.state = State.CONNECTED ;
      this._emitReady();
    }) ;
  }

  /**
   * @return {MediaServer} the mediaserver that contains this endpoint
   */
  get mediaserver() {
    return this._ms ;
  }

  /**
   * @return {Srf} the Srf instance used to send SIP signaling to this endpoint and associated mediaserver
   */
  get srf() {
    return this.ms.srf ;
  }

  /**
   * @return {esl.Connection} the Freeswitch outbound connection used to control this Endpoint
   */
  get conn() {
    return this._conn ;
  }

  get dialog() {
    return this._dialog ;
  }

  set dialog(dlg) {
    this._dialog = dlg;
    //if (this._dialog) this._dialog.on('destroy', this._onBye.bind(this)) ;
    return this ;
  }

  get connected() {
    return this.state === State.CONNECTED;
  }

  get muted() {
    return this._muted;
  }

  /**
   * set a parameter on the Endpoint
   * @param {String|Object} param parameter name or dictionary of param-value pairs
   * @param {String} value parameter value
   * @param {Endpoint~operationCallback} [callback] callback return results
   * @returns {Promise} a promise is returned if no callback is supplied
   */
  set(param, value, callback) { return setOrExport('set', this, param, value, callback); }

  /**
   * export a parameter on the Endpoint
   * @param {String|Object} param parameter name or dictionary of param-value pairs
   * @param {String} value parameter value
   * @param {Endpoint~operationCallback} [callback] callback return results
   * @returns {Promise} a promise is returned if no callback is supplied
   */
  export(param, value, callback) { return setOrExport('export', this, param, value, callback); }

  /**
   * subscribe for custom events
   * @param {String} custom event name (not including 'CUSTOM ' prefix)
   * @param {Funtion} event listener
   */
  addCustomEventListener(event, handler) {
    assert.ok(typeof event === 'string', 'event name must be string type');
    assert.ok(typeof handler === 'function', 'handler must be a function type');
    assert.ok(event.indexOf('CUSTOM ') !== 0,
      'event name should not include \'CUSTOM \' prefix (it is added automatically)');

    const fullEventName = `CUSTOM ${event}`;
    this._customEvents.push(fullEventName);
    this.conn.subscribe(fullEventName);
    this.on(event, handler);
  }

  /**
   * remove a custom event listener
   * @param {String} event name
   */
  removeCustomEventListener(event) {
    const fullEventName = `CUSTOM ${event}`;
    const idx = this._customEvents.indexOf(fullEventName);
    if (-1 !== idx) this._customEvents.splice(idx, 1);
    if (-1 !== idx) this._customEvents.splice(idx, 1);
  }

  /**
   * retrieve channel variables for the endpoint
   * @param  {boolean} [includeMedia] if true, retrieve rtp counters (e.g. variable_rtp_audio_in_raw_bytes, etc)
   * @param  {Endpoint~getChannelVariablesCallback} [callback]  callback function invoked when operation completes
   * @return {Promise|Endpoint} returns a Promise if no callback supplied; otherwise
   * a reference to the Endpoint object
   */
  getChannelVariables(includeMedia, callback) {
    if (typeof includeMedia === 'function') {
      callback = includeMedia ;
      includeMedia = false ;
    }

    const __x = (callback) => {
      async.waterfall([
        function setMediaStatsIfRequested(callback) {
          if (includeMedia === true) {
            this.api('uuid_set_media_stats', this.uuid, () => {
              callback(null) ;
            }) ;
          }
          else {
            callback(null) ;
          }
        }.bind(this),
        function getVars(callback) {
          this.api('uuid_dump', this.uuid, (err, event, headers, body) => {
            callback(err, event, headers, body) ;
          }) ;
        }.bind(this)
      ], (err, event, headers, body) => {
        if (err) return callback(err);
        if (headers['Content-Type'] === 'api/response' && 'Content-Length' in headers) {
          var bodyLen = parseInt(headers['Content-Length'], 10) ;
          return callback(null, parseBodyText(body.slice(0, bodyLen))) ;
        }
        callback(null, {}) ;
      }) ;
    };

    if (callback) {
      __x(callback) ;
      return this ;
    }

    return new Promise((resolve, reject) => {
      __x((err, results) => {
        if (err) return reject(err);
        resolve(results);
      });
    });
  }

  _onCustomEvent(evt) {
    const eventName = evt.getHeader('Event-Subclass') ;
    const fullEventName = `CUSTOM ${eventName}`;
    const ev = this._customEvents.find((ev) => ev === fullEventName);
    if (ev) {
      try {
        const args = JSON.parse(evt.getBody());
        debug(`Endpoint#__onCustomEvent: ${ev} - emitting JSON argument ${evt.getBody()}`) ;
        this.emit(eventName, args);
      }
      catch (err) {
        if (err instanceof SyntaxError) {
          this.emit(eventName, evt.getBody());
          debug(`Endpoint#__onCustomEvent: ${ev} - emitting text argument ${evt.getBody()}`);
        }
        else {
          console.error(err, `Error emitting event ${eventName}`);
        }
      }
    }
  }
/* leakguard corpus: lines 300-1054 pruned */

  /**
   * Releases an Endpoint and associated resources
   * @param  {Endpoint~operationsCallback} [callback] callback function invoked after endpoint has been released
   * @return {Promise|Endpoint} returns a Promise if no callback supplied; otherwise
   * a reference to the Endpoint object
   */
  destroy(callback) {
    const __x = (callback) => {
      if (State.CONNECTED !== this.state) {
        // presumably already deleted, just return success
        return callback(null);
      }
      this.state = State.DISCONNECTED ;

      if (!this.conn) {
        this._dialog = null;
        return callback(null);
      }

      this.dialog.once('destroy', () => {
        debug(`Endpoint#destroy - received BYE for ${this.uuid}`);
        callback(null) ;
        this._dialog = null;
      });

      debug(`Endpoint#destroy: executing hangup on ${this.uuid}`);
      this.execute('hangup', (err, evt) => {
        if (err) debug(`got error hanging up endpoint ${this.uuid}: ${err.message}`);
      });
    };

    if (callback) {
      __x(callback) ;
      return this ;
    }

    return new Promise((resolve, reject) => {
      __x((err, result) => {
        if (err) return reject(err);
        resolve(result);
      });
    });
  }
/* leakguard corpus: lines 1099-1261 pruned */

  _onError(err) {
    if (err.errno && (err.errno === 'ECONNRESET' || err.errno === 'EPIPE') && this.state === State.DISCONNECTED) {
      debug('ignoring connection reset error during teardown of connection') ;
      return ;
    }
    console.error(`Endpoint#_onError: uuid: ${this.uuid}: ${err}`) ;
  }

  _onChannelCallState(evt) {
    const channelCallState = evt.getHeader('Channel-Call-State')  ;

    debug(`Endpoint#_onChannelCallState ${this.uuid}: Channel-Call-State: ${channelCallState}`) ;
    if (State.NOT_CONNECTED === this.state && 'EARLY' === channelCallState) {
      this.state = State.EARLY ;

      // if we are using DLTS-SRTP, the 200 OK has been sent at this point;
      // however, answer will not be sent by FSW until the handshake.
      // We need to invoke the callback provided in the constructor now
      // in order to allow the calling app to access the endpoint.
      if (this.secure) {
        this.getChannelVariables(true, (obj) => {
          this.local.sdp = obj['variable_rtp_local_sdp_str'] ;
          this.local.mediaIp = obj['variable_local_media_ip'] ;
          this.local.mediaPort = obj['variable_local_media_port'] ;

          this.remote.sdp = obj['variable_switch_r_sdp'] ;
          this.remote.mediaIp = obj['variable_remote_media_ip'] ;
          this.remote.mediaPort = obj['variable_remote_media_port'] ;

          this.dtmfType = obj['variable_dtmf_type'] ;
          this.sip.callId = obj['variable_sip_call_id'] ;

          this.emitReady() ;
        }) ;
      }
    }

    if ('HANGUP' === channelCallState && State.CONNECTED === this.state) {
      debug(`Endpoint#_onChannelCallState ${this.uuid}: got BYE from Freeswitch end of call`);
      this.state = State.DISCONNECTED;
      this.emit('destroy');
    }

    this.emit('channelCallState', {state: channelCallState});
  }

  _onDtmf(evt) {
    if ('DTMF' === evt.getHeader('Event-Name')) {
      const args = {
        dtmf: evt.getHeader('DTMF-Digit'),
        duration: evt.getHeader('DTMF-Duration'),
        source: evt.getHeader('DTMF-Source')
      };
      this.emit('dtmf', args);
    }
  }

  _onToneDetect(evt) {
    let tone = evt.getHeader('Detected-Tone');
    if (!tone && evt.getHeader('Detected-Fax-Tone') === 'true') tone = 'fax';
    this.emit('tone', {tone});
  }

  _emitReady() {
    if (!this._ready) {
      this._ready = true ;
      setImmediate(() => {
        this.emit('ready');
      });
    }
  }

  _onHangup(evt) {
    /*
    if (State.DISCONNECTED !== this.state) {
      this.conn.disconnect();
    }
    this.state = State.DISCONNECTED ;
    this.emit('hangup', evt) ;
    */
  }

  _onBye(evt) {
    debug('Endpoint#_onBye: got BYE from media server') ;
    this.emit('destroy') ;
  }

  toJSON() {
    return only(this, 'sip local remote uuid') ;
  }

  toString() {
    return this.toJSON().toString() ;
  }
}
/* leakguard corpus: lines 1358-1564 pruned */
module.exports = exports = Endpoint ;
/* leakguard corpus: lines 1566-1745 pruned */

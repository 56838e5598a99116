(function(scope) {

  "use strict";

  /**
   * The `WebMidi` object makes it easier to work with the Web MIDI API. Basically, it simplifies
   * two things: sending outgoing MIDI messages and reacting to incoming MIDI messages.
   *
   * Sending MIDI messages is done via an `Output` object. All available outputs can be accessed in
   * the `WebMidi.outputs` array. There is one `Output` object for each output port available on
   * your system. Similarly, reacting to MIDI messages as they are coming in is simply a matter of
   * adding a listener to an `Input` object. Similarly, all inputs can be found in the
   * `WebMidi.inputs` array.
   *
   * Please note that a single hardware device might create more than one input and/or output ports.
   *
   * #### Sending messages
   *
   * To send MIDI messages, you simply need to call the desired method (`playNote()`,
   * `sendPitchBend()`, `stopNote()`, etc.) from an `Output` object and pass in the appropriate
   * parameters. All the native MIDI communication will be handled for you. The only additional
   * thing that needs to be done is to first enable `WebMidi`. Here is an example:
   *
   *      WebMidi.enable(function(err) {
   *        if (err) console.log("An error occurred", err);
   *        WebMidi.outputs[0].playNote("C3");
   *      });
   *
   * The code above, calls the `WebMidi.enable()` method. Upon success, this method executes the
   * callback function specified as a parameter. In this case, the callback calls the `playnote()`
   * function to play a 3rd octave C on the first available output port.
   *
   * #### Receiving messages
   *
   * Receiving messages is just as easy. You simply have to set a callback function to be triggered
   * when a specific MIDI message is received. For example, here's how to listen for pitch bend
   * events on the first input port:
   *
   *      WebMidi.enable(function(err) {
   *        if (err) console.log("An error occurred", err);
   *
   *        WebMidi.inputs[0].addListener('pitchbend', "all", function(e) {
   *          console.log("Pitch value: " + e.value);
   *        });
   *
   *      });
   *
   * As you can see, this library is much easier to use than the native Web MIDI API. No need to
   * manually craft or decode binary MIDI messages anymore!
   *
   * @class WebMidi
   * @static
   *
   * @throws Error WebMidi is a singleton, it cannot be instantiated directly.
   *
   * @todo  Implement port statechange events.
   * @todo  Test with the Node.js version of Jazz Plugin. Initial tests are promising.
   * @todo  Complete tests
   * @todo  Refine "options" param of addListener. Allow listening for specific controller change.
   * @todo  Add once() function.
   * @todo  Yuidoc does not allow multiple exceptions (@throws) for a single method ?!
   * @todo  Should the sendsysex method allow Uint8Array param ?
   * @todo  allow adjustment of the start point for octaves (-2, -1, 0, etc.). See:
   *        https://en.wikipedia.org/wiki/Scientific_pitch_notation
   * @todo  Add explicit support for universal system exclusive messages, real time (0x7F and non-real time)
   * @todo  Implement the show control protocol subset.
   * @todo  Add methods for channel mode messages
   *
   */
  function WebMidi() {

    // Singleton. Prevent instantiation through WebMidi.__proto__.constructor()
    if (WebMidi.prototype._singleton) {
      throw new Error("WebMidi is a singleton, it cannot be instantiated directly.");
    }
    WebMidi.prototype._singleton = this;

    // MIDI inputs and outputs
    this._inputs = [];
    this._outputs = [];

    // Object to hold all user-defined handlers for interface-wide events (connected, disconnected,
    // etc.)
    this._userHandlers = {};

    // Array of statechange events to process. These events must be parsed synchronously so they do
    // not override each other.
    this._stateChangeQueue = [];

    // Indicates whether we are currently processing a statechange event (in which case new events
    // are to be queued).
    this._processingStateChange = false;

    // Events triggered at the interface level (WebMidi)
    this._midiInterfaceEvents = ["connected", "disconnected"];

    // Notes and semitones for note guessing
    this._notes = ["C", "C#", "D", "D#", "E", "F", "F#", "G", "G#", "A", "A#", "B"];
    this._semitones = {"C": 0, "D": 2, "E": 4, "F": 5, "G": 7, "A": 9, "B": 11 };

    // Define some "static" properties
    Object.defineProperties(this, {

      /**
       * [read-only] List of valid MIDI system messages and matching hexadecimal values.
       *
       * Note: values 249 and 253 are actually dispatched by the Web MIDI API but I do not know what
       * they are used for. They are not part of the online
       * [MIDI 1.0 spec](http://www.midi.org/techspecs/midimessages.php).
       *
       * @property MIDI_SYSTEM_MESSAGES
       * @type Object
       * @static
       *
       * @since 2.0.0
       */
      MIDI_SYSTEM_MESSAGES: {
        value: {

          // System common messages
          "sysex": 0xF0,            // 240
          "timecode": 0xF1,         // 241
          "songposition": 0xF2,     // 242
          "songselect": 0xF3,       // 243
          "tuningrequest": 0xF6,    // 246
          "sysexend": 0xF7,         // 247 (never actually received - simply ends a sysex)

          // System real-time messages
          "clock": 0xF8,            // 248
          "start": 0xFA,            // 250
          "continue": 0xFB,         // 251
          "stop": 0xFC,             // 252
          "activesensing": 0xFE,    // 254
          "reset": 0xFF,            // 255
          "unknownsystemmessage": -1
        },
        writable: false,
        enumerable: true,
        configurable: false
      },

      /**
       * [read-only] List of valid MIDI channel messages and matching hexadecimal values.
       *
       * @property MIDI_CHANNEL_MESSAGES
       * @type Object
       * @static
       *
       * @since 2.0.0
       */
      MIDI_CHANNEL_MESSAGES: {
        value: {
          "noteoff": 0x8,           // 8
          "noteon": 0x9,            // 9
          "keyaftertouch": 0xA,     // 10
          "controlchange": 0xB,     // 11
          "channelmode": 0xB,       // 11
          "programchange": 0xC,     // 12
          "channelaftertouch": 0xD, // 13
          "pitchbend": 0xE          // 14
        },
        writable: false,
        enumerable: true,
        configurable: false
      },

      /**
       * [read-only] List of valid MIDI registered parameters and their matching pair of hexadecimal
       * values. MIDI registered parameters extend the original list of control change messages.
       * Currently, there are only a limited number of them.
       *
       * @property MIDI_REGISTERED_PARAMETER
       * @type Object
       * @static
       *
       * @since 2.0.0
       */
      MIDI_REGISTERED_PARAMETER: {
        value: {
          'pitchbendrange': [0x00, 0x00],
          'channelfinetuning': [0x00, 0x01],
          'channelcoarsetuning': [0x00, 0x02],
          'tuningprogram': [0x00, 0x03],
          'tuningbank': [0x00, 0x04],
          'modulationrange': [0x00, 0x05],

          'azimuthangle': [0x3D, 0x00],
          'elevationangle': [0x3D, 0x01],
          'gain': [0x3D, 0x02],
          'distanceratio': [0x3D, 0x03],
          'maximumdistance': [0x3D, 0x04],
          'maximumdistancegain': [0x3D, 0x05],
          'referencedistanceratio': [0x3D, 0x06],
          'panspreadangle': [0x3D, 0x07],
          'rollangle': [0x3D, 0x08]
        },
        writable: false,
        enumerable: true,
        configurable: false
      },

      /**
       * [read-only] List of MIDI control change messages
       *
       * valid MIDI registered parameterS and their matching pair of hexadecimal
       * values. MIDI registered parameters extend the original list of control change messages.
       * Currently, there are only a limited number of them.
       *
       * @property MIDI_CONTROL_CHANGE_MESSAGES
       * @type Object
       * @static
       *
       * @since 2.0.0
       */
      MIDI_CONTROL_CHANGE_MESSAGES: {
        value: {
          'bankselectcoarse': 0,
          'modulationwheelcoarse': 1,
          'breathcontrollercoarse': 2,
          'footcontrollercoarse': 4,
          'portamentotimecoarse': 5,
          'dataentrycoarse': 6,
          'volumecoarse': 7,
          'balancecoarse': 8,
          'pancoarse': 10,
          'expressioncoarse': 11,
          'effectcontrol1coarse': 12,
          'effectcontrol2coarse': 13,
          'generalpurposeslider1': 16,
          'generalpurposeslider2': 17,
          'generalpurposeslider3': 18,
          'generalpurposeslider4': 19,
          'bankselectfine': 32,
          'modulationwheelfine': 33,
          'breathcontrollerfine': 34,
          'footcontrollerfine': 36,
          'portamentotimefine': 37,
          'dataentryfine': 38,
          'volumefine': 39,
          'balancefine': 40,
          'panfine': 42,
          'expressionfine': 43,
          'effectcontrol1fine': 44,
          'effectcontrol2fine': 45,
          'holdpedal': 64,
          'portamento': 65,
          'sustenutopedal': 66,
          'softpedal': 67,
          'legatopedal': 68,
          'hold2pedal': 69,
          'soundvariation': 70,
          'resonance': 71,
          'soundreleasetime': 72,
          'soundattacktime': 73,
          'brightness': 74,
          'soundcontrol6': 75,
          'soundcontrol7': 76,
          'soundcontrol8': 77,
          'soundcontrol9': 78,
          'soundcontrol10': 79,
          'generalpurposebutton1': 80,
          'generalpurposebutton2': 81,
          'generalpurposebutton3': 82,
          'generalpurposebutton4': 83,
          'reverblevel': 91,
          'tremololevel': 92,
          'choruslevel': 93,
          'celestelevel': 94,
          'phaserlevel': 95,
          'databuttonincrement': 96,
          'databuttondecrement': 97,
          'nonregisteredparametercoarse': 98,
          'nonregisteredparameterfine': 99,
          'registeredparametercoarse': 100,
          'registeredparameterfine': 101
        },
        writable: false,
        enumerable: true,
        configurable: false
      },

      /**
       * [read-only] List of MIDI channel mode messages as defined in the official MIDI
       * specification.
       *
       * @property MIDI_CHANNEL_MODE_MESSAGES
       * @type Object
       * @static
       *
       * @since 2.0.0
       */
      MIDI_CHANNEL_MODE_MESSAGES: {
        value: {
          "allsoundoff": 120,
          "resetallcontrollers": 121,
          "localcontrol": 122,
          "allnotesoff": 123,
          "omnimodeoff": 124,
          "omnimodeon": 125,
          "monomodeon": 126,
          "polymodeon": 127
        },
        writable: false,
        enumerable: true,
        configurable: false
      }

    });

    // Define getters
    Object.defineProperties(this, {

      /**
       * [read-only] Indicates whether the environment supports the Web MIDI API or not.
       *
       * Note: in environments that do not offer built-in MIDI support, this will report true if the
       * `navigator.requestMIDIAccess` function is available. For example, if you have installed
       * WebMIDIAPIShim but no plugin, this property will be true even though actual support might
       * not be there.
       *
       * @property supported
       * @type Boolean
       * @static
       */
      supported: {
        enumerable: true,
        get: function() {
          return "requestMIDIAccess" in navigator;
        }
      },

      /**
       * [read-only] Indicates whether the interface to the host's MIDI subsystem is currently
       * enabled.
       *
       * @property enabled
       * @type Boolean
       * @static
       */
      enabled: {
        enumerable: true,
        get: function() {
          return this.interface !== undefined;
        }.bind(this)
      },

      /**
       * [read-only] An array of all currently available MIDI input ports.
       *
       * @property inputs
       * @type {Array}
       * @static
       */
      inputs: {
        enumerable: true,
        get: function() {
          return this._inputs;
        }.bind(this)
      },

      /**
       * [read-only] An array of all currently available MIDI output ports.
       *
       * @property outputs
       * @type {Array}
       * @static
       */
      outputs: {
        enumerable: true,
        get: function() {
          return this._outputs;
        }.bind(this)
      },

      /**
       * [read-only] Indicates whether the interface to the host's MIDI subsystem is currently
       * active.
       *
       * @property sysexEnabled
       * @type Boolean
       * @static
       */
      sysexEnabled: {
        enumerable: true,
        get: function() {
          return !!(this.interface && this.interface.sysexEnabled);
        }.bind(this)
      },

      /**
       * [read-only] Current MIDI performance time in milliseconds. This can be used to queue events
       * in the future.
       *
       * @property time
       * @type DOMHighResTimeStamp
       * @static
       */
      time: {
        enumerable: true,
        get: function() {
          return performance.now();
        }
      }

    });

  }

  // WebMidi is a singleton so we instantiate it ourselves and keep it in a var for internal
  // reference.
  var wm = new WebMidi();

  /**
   * Checks if the Web MIDI API is available and then tries to connect to the host's MIDI subsystem.
   * This is an asynchronous operation. When it's done, the specified handler callback will be
   * executed. If an error occurred, the callback function will receive an `Error` object as its
   * sole parameter.
   *
   * To enable the use of system exclusive messages, the `sysex` parameter should be set to true.
   * However, under some environments (e.g. Jazz-Plugin), the sysex parameter is ignored and sysex
   * is always enabled.
   *
   * @method enable
   * @static
   *
   * @param [callback] {Function} A function to execute upon success. This function will receive an
   * `Error` object upon failure to enable the Web MIDI API.
   * @param [sysex=false] {Boolean} Whether to enable MIDI system exclusive messages or not.
   *
   * @throws Error The Web MIDI API is not supported by your browser.
   * @throws Error Jazz-Plugin must be installed to use WebMIDIAPIShim.
   */
  WebMidi.prototype.enable = function(callback, sysex) {

    // Why are you not using a Promise-based API for the enable() method?
    //
    // Short answer: because of IE.
    //
    // Long answer:
    //
    // IE 11 and below still do not support promises. Therefore, WebMIDIAPIShim has to implement a
    // simple Promise look-alike object to handle the call to requestMIDIAccess(). This look-alike
    // is not a fully-fledged Promise object. It does not support using catch() for example. This
    // means that, to provide a real Promise-based interface for the enable() method, we would need
    // to add a dependency in the form of a Promise polyfill. So, to keep things simpler, we will
    // stick to the good old callback based enable() function. If the situation changes, the
    // Promise-based version is ready below. Stupid IE.

    // return new Promise(function(resolve, reject) {
    //
    //   if (this.enabled) {
    //
    //     resolve(this);
    //
    //   } else if (!this.supported) {
    //
    //     reject(new Error("The Web MIDI API is not supported by your browser."));
    //
    //   } else {
    //
    //     navigator
    //       .requestMIDIAccess({"sysex": sysex})
    //       .then(function(midiAccess) {
    //
    //           this.interface = midiAccess;
    //           this._resetInterfaceUserHandlers();
    //           this.interface.onstatechange = this._onInterfaceStateChange.bind(this);
    //           this._onInterfaceStateChange(null); // manually update inputs and outputs at beginning
    //
    //           resolve(this);
    //
    //         }.bind(this)
    //
    //       )
    //       .catch(function(err) {
    //         reject(err);
    //       });
    //
    //   }
    //
    // }.bind(this));

    if (this.enabled) { return; }

    if ( !this.supported ) {

      if (typeof callback === "function") {
        callback( new Error("The Web MIDI API is not supported by your browser.") );
      }

      return;

    }

    navigator.requestMIDIAccess({"sysex": sysex}).then(

      function(midiAccess) {

        this.interface = midiAccess;
        this._resetInterfaceUserHandlers();
        this.interface.onstatechange = this._onInterfaceStateChange.bind(this);
        this._onInterfaceStateChange(null); // manually update the inputs and outputs at beginning

        if (typeof callback === "function") { callback.call(this); }

      }.bind(this),

      function (err) {
        if (typeof callback === "function") { callback.call(this, err); }
      }.bind(this)

    );

  };

  /**
   * Completely disables `WebMidi` by unlinking the MIDI subsystem's interface and destroying all
   * `Input` and `Output` objects that may be available. This also means that any listener that may
   * have been defined on `Input` or `Output` objects will be destroyed.
   *
   * @method disable
   * @static
   *
   * @since 2.0.0
   */
  WebMidi.prototype.disable = function() {

    if ( !this.supported ) {
      throw new Error("The Web MIDI API is not supported by your browser.");
    }

    this.interface.onstatechange = undefined;
    this.interface = undefined; // also resets enabled, sysexEnabled
    this._inputs = [];
    this._outputs = [];
    this._resetInterfaceUserHandlers();

  };

/* leakguard corpus: lines 540-1035 pruned */

  /**
   * @method _onInterfaceStateChange
   * @static
   * @protected
   */
  WebMidi.prototype._onInterfaceStateChange = function(e) {

    // To prevent conflicts, statechange events are queued and parsed synchronously
    this._stateChangeQueue.push(e);

    // Check if we are already currently processing a state change. If so, return.
    if (this._processingStateChange) { return; }

    this._processingStateChange = true;

    while(this._stateChangeQueue.length > 0) {
      this._processStateChange(this._stateChangeQueue.shift());
    }

    this._processingStateChange = false;

  };

  /**
   * @method _processStateChange
   * @static
   * @protected
   */
  WebMidi.prototype._processStateChange = function(e) {

    this._updateInputsAndOutputs();

    // This is required because we need to manually update the inputs/outputs at the very beginning.
    // In this scenario, we should not trigger an event.
    if (e === null) { return; }

    /**
     * Event emitted when a MIDI port becomes available. This event is typically fired whenever a
     * MIDI device is plugged in. Please note that it may fire several times if a device possesses
     * multiple input/output ports.
     *
     * @event connected
     * @param {Object} event
     * @param {Number} event.timestamp The timestamp when the event occurred (in milliseconds since
     * the epoch).
     * @param {String} event.type The type of event that occurred.
     * @param {String} event.id The ID of the device that triggered the event.
     * @param {String} event.manufacturer The manufacturer of the device that triggered the event.
     * @param {String} event.name The name of the device that triggered the event.
     * @param {String} event.output The `Input` or `Output` object that triggered the event.
     */

    /**
     * Event emitted when a MIDI port becomes unavailable. This event is typically fired whenever a
     * MIDI device is unplugged. Please note that it may fire several times if a device possesses
     * multiple input/output ports.
     *
     * @event disconnected
     * @param {Object} event
     * @param {Number} event.timestamp The timestamp when the event occurred (in milliseconds since
     * the epoch).
     * @param {String} event.type The type of event that occurred.
     * @param {String} event.id The ID of the device that triggered the event.
     * @param {String} event.manufacturer The manufacturer of the device that triggered the event.
     * @param {String} event.name The name of the device that triggered the event.
     * @param {String} event.output The `Input` or `Output` object that triggered the event.
     */
    var event = {
      timestamp: e.timeStamp,
      type: e.port.state,
      id: e.port.id,
      manufacturer: e.port.manufacturer,
      name: e.port.name
    };

    if (e.port.state === "connected") {

      if (e.port.type === "output") {
        event.output = this.getOutputById(e.port.id);
      } else if (e.port.type === "input") {
        event.input = this.getInputById(e.port.id);
      }

    }

    this._userHandlers[e.port.state].forEach(function (handler) {
      handler(event);
    });

  };

  /**
   * @method _resetInterfaceUserHandlers
   * @static
   * @protected
   */
  WebMidi.prototype._resetInterfaceUserHandlers = function() {

    for (var i = 0; i < this._midiInterfaceEvents.length; i++) {
      this._userHandlers[this._midiInterfaceEvents[i]] = [];
    }

  };

  /**
/* leakguard corpus: lines 1142-4118 pruned */
  // Check if RequireJS/AMD is used. If it is, use it to define our module instead of
  // polluting the global space.
  if ( typeof define === "function" && typeof define.amd === "object") {
    define([], function () {
      return wm;
    });
  } else if (typeof module !== "undefined" && module.exports) {
    module.exports = wm;
  } else {
    if (!scope.WebMidi) { scope.WebMidi = wm; }
  }

}(this));
/* leakguard corpus: lines 4132-4132 pruned */

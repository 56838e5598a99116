/* Copyright (c) 2010-2017 Richard Rodger and other contributors, MIT License */
'use strict'

// Node API modules.
var Assert = require('assert')
var Events = require('events')
var Util = require('util')

// External modules.
var _ = require('lodash')
var Eraro = require('eraro')
var GateExecutor = require('gate-executor')
var Jsonic = require('jsonic')
var Makeuse = require('use-plugin')
var Nid = require('nid')
var Norma = require('norma')
var Patrun = require('patrun')
var Stats = require('rolling-stats')
var Ordu = require('ordu')

// Internal modules.
var API = require('./lib/api')
var Inward = require('./lib/inward')
var Outward = require('./lib/outward')
var Common = require('./lib/common')
var Errors = require('./lib/errors')
var Legacy = require('./lib/legacy')
var Optioner = require('./lib/optioner')
var Package = require('./package.json')
var Plugins = require('./lib/plugins')
var Print = require('./lib/print')
var Actions = require('./lib/actions')
var Transport = require('./lib/transport')

// Shortcuts
var errlog = Common.make_standard_err_log_entry
var actlog = Common.make_standard_act_log_entry

// Internal data and utilities
var error = Eraro({
  package: 'seneca',
  msgmap: Errors,
  override: true
})

var option_defaults = {
  // Tag this Seneca instance, will be appended to instance identifier.
  tag: '-',

  // Standard timeout for actions.
  timeout: 22222,

  // Standard length of identifiers for actions.
  idlen: 12,

  // Register (true) default plugins. Set false to not register when
  // using custom versions.
  default_plugins: {
    transport: true
  },

  // Test mode. Use for unit testing.
  test: false,

  // Wait time for plugins to close gracefully.
  deathdelay: 11111,

  // Debug settings.
  debug: {
    // Throw (some) errors from seneca.act.
    fragile: false,

    // Fatal errors ... aren't fatal. Not for production!
    undead: false,

    // Print debug info to console
    print: {
      // Print options. Best used via --seneca.print.options.
      options: false
    },

    // Trace action caller and place in args.caller$.
    act_caller: false,

    // Shorten all identifiers to 2 characters.
    short_logs: false,

    // Record and log callpoints (calling code locations).
    callpoint: false,

    // Log deprecation warnings
    deprecation: true
  },

  // Enforce strict behaviours. Relax when backwards compatibility needed.
  strict: {
    // Action result must be a plain object.
    result: true,

    // Delegate fixedargs override action args.
    fixedargs: true,

    // Adding a pattern overrides existing pattern only if matches exactly.
    add: false,

    // If no action is found and find is false,
    // then no error returned along with empty object
    find: true,

    // Maximum number of times an action can call itself
    maxloop: 11,

    // Exports must exist
    exports: false
  },

  // Action cache. Makes inbound messages idempotent.
  // TODO: rename to `history`
  actcache: {
    active: false,
    size: 1111
  },

  history: {
    prune: true,
    interval: 100
  },

  // Action executor tracing. See gate-executor module.
  trace: {
    act: false,
    stack: false,

    // Messages that do not match a known pattern
    unknown: true,

    // Messages that have invalid content
    invalid: false
  },

  // Action statistics settings. See rolling-stats module.
  stats: {
    size: 1024,
    interval: 60000,
    running: false
  },

  // Plugin settings
  plugin: {},

  // System wide functionality.
  system: {
    exit: process.exit,

    // Close instance on these signals, if true.
    close_signals: {
      SIGHUP: false,
      SIGTERM: false,
      SIGINT: false,
      SIGBREAK: false
    }
  },

  // Internal functionality. Reserved for objects and functions only.
  internal: {},

  // Log status at periodic intervals.
  status: {
    interval: 60000,

    // By default, does not run.
    running: false
  },

  // Shared default transport configuration
  transport: {
    // TODO: make static in Seneca 4.x

    port: 10101
  },

  limits: {
    maxparents: 33
  },

  // Backwards compatibility settings.
  legacy: {
    // Action callback must always have signature callback(error, result).
    action_signature: false,

    // Logger can be changed by options method.
    logging: false,

    // Use old error codes. REMOVE in Seneca 4.x
    error_codes: false,

    // Use old error handling.
    error: true,

    // Use seneca-transport plugin.
    transport: true
  }
}

// Utility functions exposed by Seneca via `seneca.util`.
var seneca_util = {
  deepextend: Common.deepextend,
  recurse: Common.recurse,
  clean: Common.clean,
  copydata: Common.copydata,
  nil: Common.nil,
  parsepattern: Common.parsePattern,
  pattern: Common.pattern,
  print: Common.print,
  pincanon: Common.pincanon,
  router: function router() {
    return Patrun()
  },
  argprops: Common.argprops,
  resolve_option: Common.resolve_option,
  flatten: Common.flatten
}

var intern = {}

// Seneca is an EventEmitter.
function Seneca() {
  Events.EventEmitter.call(this)
  this.setMaxListeners(0)
}
Util.inherits(Seneca, Events.EventEmitter)

// Create a Seneca instance.
module.exports = function init(seneca_options, more_options) {
  var initial_options = _.isString(seneca_options)
    ? _.extend({}, { from: seneca_options }, more_options)
    : _.extend({}, seneca_options, more_options)

  var seneca = make_seneca(initial_options)
  var options = seneca.options()

  // The 'internal' key of options is reserved for objects and functions
  // that provide functionality, and are thus not really printable
  seneca.log.debug({ kind: 'notice', options: _.omit(options, ['internal']) })

  Print.print_options(seneca, options)

  // TODO: these are core API and should not be decorations
  seneca.decorate('hasplugin', Plugins.api_decorations.hasplugin)
  seneca.decorate('findplugin', Plugins.api_decorations.findplugin)
  seneca.decorate('plugins', Plugins.api_decorations.plugins)

  // Register default plugins, unless turned off by options.
  if (options.legacy.transport && options.default_plugins.transport) {
    seneca.use(require('seneca-transport'))
  }

  // Register plugins specified in options.
  _.each(options.plugins, function(plugindesc) {
    seneca.use(plugindesc)
  })

  seneca.ready(function() {
    this.log.info({ kind: 'notice', notice: 'hello seneca ' + seneca.id })
  })

  return seneca
}

// Expose Seneca prototype for easier monkey-patching
module.exports.Seneca = Seneca

// To reference builtin loggers when defining logging options.
module.exports.loghandler = Legacy.loghandler

// Makes require('seneca').use(...) work by creating an on-the-fly instance.
module.exports.use = function top_use() {
  var argsarr = new Array(arguments.length)
  for (var l = 0; l < argsarr.length; ++l) {
    argsarr[l] = arguments[l]
  }

  var instance = module.exports()

  return instance.use.apply(instance, argsarr)
}

// Makes require('seneca').test() work.
module.exports.test = function top_test() {
  var argsarr = new Array(arguments.length)
  for (var l = 0; l < argsarr.length; ++l) {
    argsarr[l] = arguments[l]
  }

  var instance = module.exports({ test: true, log: 'test' })
  instance.test.apply(instance, argsarr)

  return instance
}

module.exports.util = seneca_util

module.exports.intern = intern 


// Mostly for testing.
//if (require.main === module) {
//  module.exports()
//}

// Create a new Seneca instance.
// * _initial_options_ `o` &rarr; instance options
function make_seneca(initial_options) {
  initial_options = initial_options || {}

  // Create a private context.
  var private$ = make_private()
  private$.error = error

  // Create a new root Seneca instance.
  var root$ = new Seneca()
  root$.make_log = make_log

  // Expose private data to plugins.
  root$.private$ = private$

  // Resolve initial options.
  private$.optioner = Optioner(module, option_defaults, initial_options)
  var opts = { $: private$.optioner.get() }

  // Create internal tools.
  var actnid = Nid({ length: opts.$.idlen })
  var refnid = function refnid(suffix) {
    return '(' + actnid() + (suffix ? '/' + suffix : '') + ')'
  }
  var next_action_id = Common.autoincr()

  // These need to come from options as required during construction.
  opts.$.internal.actrouter = opts.$.internal.actrouter || Patrun({ gex: true })
  opts.$.internal.subrouter = opts.$.internal.subrouter || Patrun({ gex: true })

  var callpoint = make_callpoint(opts.$.debug.callpoint)

  // Define public member variables.
  root$.start_time = Date.now()
  root$.fixedargs = {}
  root$.context = {}
  root$.version = Package.version

  Object.defineProperty(root$, 'root', { value: root$ })

  private$.history = Common.history(opts.$.history)


  // Seneca methods. Official API.

  // <a name="seneca.add">**seneca.add**</a>
  //
  // Add a message pattern and action.
  //   * `pattern` <small>_string|object_</small> &rarr;
  //   Pattern definition as
  //   [jsonic](https://github.com/rjrodger/jsonic) string or object.
  //
  //   * `action` <small>_function (optional)_</small> &rarr;
  //   Action function.
  //
  // When a message that matches the pattern is submitted inward using
  // `seneca.act`, the action function is called with parameters:
  //   * `message` <small>_object_</small> &rarr; Message object.
  //   * `reply` <small>_function_</small> &rarr; Callback function.
  //
  // The `reply` callback is used to provide a response to the
  // message.  If the action function is not provided, the pattern
  // will be added with a default action function that does
  // nothing. The `reply` callback has parameters:
  //   * `error` <small>_Error (optional)_</small> &rarr;
  //   Provide this value if you wish to provide an error response to the message.
  //   * `response` <small>_object|array (optional)_</small> &rarr;
  //   Response data to the message.
  //
  // **The action function is not a lambda, and the `=>` function
  // syntax should not be used.** The context `this` of the action
  // function is a reference to the current Seneca instance, tha
  // should always be used for subsequent `seneca.act` calls, as this
  // enables accurate tracing of actions.
  //
  // If the pattern added has been added previously, then the new
  // action function overrides the old action function. The old action
  // function is available via the `seneca.prior` method of the
  // current Seneca instance (`this` in the new action function).  A
  // chain of priors is formed if additional action functions with the
  // same pattern are added. There is a tutorial on [Seneca
  // priors](http://senecajs.org/tutorials/priors.html).
  root$.add = api_add

  // # Seneca.act
  //
  // Send a message. If the message matches a pattern, execute the
  // action function.
  //   * `msg` <small>_object_</small> &rarr;
  //   The message data. Only data that can be fully represented as JSON is valid.
  //   * `callback` <small>_function (optional)_</small> &rarr;
  //   The callback function that will receive the response to the
  //   message, generated by the action function.
  //
  // The message data may contain control properties, indicated by a
  // `$` suffix.  These are described in the [control properties
  // reference](http://senecajs.org/documentation/control-properties.html)
  //
  // **The callback function should not be a lambda (`=>`)**. The current
  // Seneca instance is provided via `this`, and should be used for
  // subsequent `seneca.act` calls, as this enables accurate tracing
  // of actions.
  //
  // If the callback function is provided, then the message
  // interaction is assumed to be synchronous, and a response from the
  // action function will be expected. If the callback function is not
  // provided, the interaction is assumed to be asynchronous, and no
  // response is expected.
  //
  // The callback function has parameters:
  //   * `error` <small>_Error_</small> &rarr; If an error occurred,
  //   an Error object will be provided, otherwise this is `null`. If
  //   the action times out, an error will be provided.
  //   * `response` <small>_object|array_</small> &rarr;
  //   The response data from the action function, if any.
  //
  // For convenience, you can build the full message from separate
  // parts, including [jsonic](https://github.com/rjrodger/jsonic)
  // strings. The full set of parameters to `seneca.act` is:
  //   * `jsonic` <small>_string (optional)_</small> &rarr;
  //   Message properties in jsonic format. These have precedence over
  //   other message parts.
  //   * `part1` <small>_object (optional)_</small> &rarr;
  //   Message data having precedence over `part2`.
  //   * `part2` <small>_object (optional)_</small> &rarr;
  //   Message data.
  //   * `callback` <small>_function (optional)_</small> &rarr;
  //   As previously described.
  root$.act = api_act

  root$.has = API.has
  root$.find = API.find
  root$.list = API.list
  root$.status = API.status
  root$.reply = API.reply
  root$.sub = API.sub

  root$.use = api_use // Define a plugin.
  root$.listen = API.listen(callpoint) // Listen for inbound messages.
  root$.client = API.client(callpoint) // Send outbound messages.
  root$.export = api_export // Export plain objects from a plugin.
  root$.ready = api_ready // Callback when plugins initialized.
  root$.close = api_close // Close and shutdown plugins.
  root$.options = api_options // Get and set options.
  root$.error = api_error // Set global error handler.
  root$.decorate = api_decorate // Decorate seneca object with functions
  root$.inward = api_inward // Add a modifier function for messages inward
  root$.outward = api_outward // Add a modifier function for responses outward
  root$.test = api_test // Set test mode.

  root$.hasact = Legacy.hasact

  // Non-API methods.
  root$.register = Plugins.register(opts, callpoint)
  root$.depends = api_depends
  root$.act_if = api_act_if
  root$.wrap = api_wrap
  root$.seneca = api_seneca
  root$.fix = api_fix
  root$.delegate = api_delegate

  // Legacy API; Deprecated.
  root$.findact = root$.find

  // DEPRECATED
  root$.fail = Legacy.fail(opts.$)

  // Identifier generator.
  root$.idgen = Nid({ length: opts.$.idlen })
  opts.$.tag = opts.$.tag || option_defaults.tag
  opts.$.tag = opts.$.tag === 'undefined' ? option_defaults.tag : opts.$.tag

  // Create a unique identifer for this instance.
  root$.id =
    opts.$.id$ ||
    root$.idgen() +
      '/' +
      root$.start_time +
      '/' +
      process.pid +
      '/' +
      root$.version +
      '/' +
      opts.$.tag

  // The instance tag, useful for grouping instances.
  root$.tag = opts.$.tag

  if (opts.$.debug.short_logs || opts.$.log.short) {
    opts.$.idlen = 2
    root$.idgen = Nid({ length: opts.$.idlen })
    root$.id = root$.idgen() + '/' + opts.$.tag
  }

  root$.fullname = 'Seneca/' + root$.id

  root$.die = Common.makedie(root$, {
    type: 'sys',
    plugin: 'seneca',
    tag: root$.version,
    id: root$.id,
    callpoint: callpoint
  })

  root$.util = seneca_util

  // Configure logging
  private$.exports = { options: opts.$ }
  private$.decorations = {}

  private$.logger = load_logger(root$, opts.$.internal.logger)
  root$.log = make_log(root$, make_default_log_modifier(root$))

  // Error events are fatal, unless you're undead.  These are not the
  // same as action errors, these are unexpected internal issues.
  root$.on('error', root$.die)

  private$.ge = GateExecutor({
    timeout: opts.$.timeout
  })
    .clear(action_queue_clear)
    .start()

  // setup status log
  if (opts.$.status.interval > 0 && opts.$.status.running) {
    private$.stats = private$.stats || {}
    private$.status_interval = setInterval(function status() {
      root$.log.info({
        kind: 'status',
        alive: Date.now() - private$.stats.start,
        act: private$.stats.act
      })
    }, opts.$.status.interval)
  }

  if (opts.$.stats) {
    private$.timestats = new Stats.NamedStats(
      opts.$.stats.size,
      opts.$.stats.interval
    )

    if (opts.$.stats.running) {
      setInterval(function stats() {
        private$.timestats.calculate()
      }, opts.$.stats.interval)
    }
  }

  private$.plugins = {}
  private$.plugin_order = { byname: [], byref: [] }
  private$.use = Makeuse({
    prefix: 'seneca-',
    module: module,
    msgprefix: false,
    builtin: ''
  })

  private$.actrouter = opts.$.internal.actrouter
  private$.subrouter = opts.$.internal.subrouter

  root$.toString = api_toString

  private$.action_modifiers = []
  private$.ready_list = []

  private$.inward = Ordu({ name: 'inward' })
    .add(Inward.closed)
    .add(Inward.act_cache)
    .add(Inward.act_default)
    .add(Inward.act_not_found)
    .add(Inward.act_stats)
    .add(Inward.validate_msg)
    .add(Inward.warnings)
    .add(Inward.msg_meta)
    .add(Inward.limit_msg)
    .add(Inward.prepare_delegate)
    .add(Inward.msg_modify)
    .add(Inward.announce)

  private$.outward = Ordu({ name: 'outward' })
    //.add(Outward.make_error)
    .add(Outward.act_stats)
    .add(Outward.act_cache)
    .add(Outward.res_object)

/* leakguard corpus: lines 597-889 pruned */
  // close seneca instance
  // sets public seneca.closed property
  function api_close(done) {
    var seneca = this

    seneca.ready(do_close)

    function do_close() {
      seneca.closed = true

      // cleanup process event listeners
      _.each(opts.$.system.close_signals, function(active, signal) {
        if (active) {
          process.removeListener(signal, private$.handle_close)
        }
      })

      seneca.log.debug({
        kind: 'close',
        notice: 'start',
        callpoint: callpoint()
      })
      seneca.act('role:seneca,cmd:close,closing$:true', function(err) {
        seneca.log.debug(errlog(err, { kind: 'close', notice: 'end' }))

        seneca.removeAllListeners('act-in')
        seneca.removeAllListeners('act-out')
        seneca.removeAllListeners('act-err')
        seneca.removeAllListeners('pin')
        seneca.removeAllListeners('after-pin')
        seneca.removeAllListeners('ready')

        seneca.private$.history.close()

        if(seneca.private$.status_interval) {
          clearInterval(seneca.private$.status_interval)
        }

        if (_.isFunction(done)) {
          return done.call(seneca, err)
        }
      })
    }
  }

/* leakguard corpus: lines 935-1647 pruned */
  function load_logger(instance, log_plugin) {
    log_plugin = log_plugin || require('./lib/logging')

    return log_plugin.preload.call(instance).extend.logger
  }

  function action_queue_clear() {
    root$.emit('ready')

    var ready = root$.private$.ready_list.shift()
    if (ready) {
      ready()
    }

    if (root$.private$.ge.isclear()) {
      while (0 < root$.private$.ready_list.length) {
        root$.private$.ready_list.shift()()
      }
    }
  }

  return root$
}

// Private member variables of Seneca object.
function make_private() {
  return {
    stats: {
      start: Date.now(),
      act: {
        calls: 0,
        done: 0,
        fails: 0,
        cache: 0
      },
      actmap: {}
    },
    actdef: {},
    transport: {
      register: []
    }
  }
}

// Callpoint resolver. Indicates location in calling code.
function make_callpoint(active) {
  if (active) {
    return function() {
      return error.callpoint(new Error(), [
        '/seneca/seneca.js',
        '/seneca/lib/',
        '/lodash.js'
      ])
    }
  }

  return _.noop
}

function make_log(instance, modifier) {
  var log =
    instance.log ||
    function log(data) {
      instance.private$.logger(this, data)
    }

  log = prepare_log(instance, make_modified_log(log, modifier))
  make_log_levels(instance, log)

  return log
}

function prepare_log(instance, log) {
  return function prepare_log_data() {
    var argsarr = new Array(arguments.length)
    for (var l = 0; l < argsarr.length; ++l) {
      argsarr[l] = arguments[l]
    }

    var a0 = argsarr[0]
    var data = _.isArray(a0) ? a0 : _.isObject(a0) ? a0 : argsarr
    log.call(instance, data)
  }
}

function make_log_levels(instance, log) {
  function log_level(level) {
    return function(data) {
      data.level = level
    }
  }
  log.debug = prepare_log(instance, make_modified_log(log, log_level('debug')))
  log.info = prepare_log(instance, make_modified_log(log, log_level('info')))
  log.warn = prepare_log(instance, make_modified_log(log, log_level('warn')))
  log.error = prepare_log(instance, make_modified_log(log, log_level('error')))
  log.fatal = prepare_log(instance, make_modified_log(log, log_level('fatal')))
}

function make_modified_log(log, modifier) {
  return function log_modifier(data) {
    modifier(data)
    log.call(this, data)
  }
}

function make_default_log_modifier(instance) {
  return function default_log_modifier(data) {
    data.level = null == data.level ? 'debug' : data.level
    data.seneca = null == data.seneca ? instance.id : data.seneca
    data.when = null == data.when ? Date.now() : data.when
  }
}

function make_act_delegate(instance, opts, meta, actdef) {
  meta = meta || {}
  actdef = actdef || {}

  var delegate_args = {
    plugin$: {
      name: actdef.plugin_name,
      tag: actdef.plugin_tag
    }
  }

  var delegate = instance.delegate(delegate_args)

  var parent_act = instance.private$.act || meta.parent

  delegate.private$.act = {
    parent: parent_act && parent_act.meta,
    meta: meta,
    def: actdef
  }

  // special overrides
  if (meta.tx) {
    delegate.fixedargs.tx$ = meta.tx
  }

  // automate actid log insertion

  delegate.log = make_log(delegate, function act_delegate_log_modifier(data) {
    data.actid = meta.id

    data.plugin_name = data.plugin_name || actdef.plugin_name
    data.plugin_tag = data.plugin_tag || actdef.plugin_tag
    data.pattern = data.pattern || actdef.pattern
  })

  delegate.prior = function(msg, reply) {
    if (actdef.priormeta) {
      msg.prior$ = actdef.priormeta.id
      //console.log('PRIOR', msg.meta$)
      this.act(msg, reply)
    } else {
      var meta = msg.meta$ || {}
      var out = _.clone(msg.default$ || meta.dflt || null)
      if (out) {
        Common.setmeta(out, meta)
      }

      return reply.call(delegate, null, out)
    }
  }

  return delegate
}


intern.make_actmsg = function (origmsg) {
/*
  var actmsg = _.clone(origmsg)
  //var actmsg = origmsg
  //actmsg.meta$ = {}
  return actmsg
*/

  var metaproto = { meta$: {} }
  metaproto.__proto__ = origmsg.__proto__
  var actmsg = Object.create(metaproto)
  Object.assign(actmsg,origmsg)

/*
  var pn = Object.getOwnPropertyNames(origmsg)
  for (var i = 0; i < pn.length; i++) {
    var p = pn[i]
    
    //if ('$' != p[p.length - 1]) {
      actmsg[p] = origmsg[p]
    //}
  }
*/

  delete actmsg.caller$

  return actmsg
}


intern.resolve_msg_id_tx = function (act_instance, meta, origmsg) {
  var id_tx = (origmsg.id$ ||
               origmsg.actid$ ||
               meta.id ||
               act_instance.idgen())
        .split('/')

  var tx =
        id_tx[1] ||
        origmsg.tx$ ||
        meta.tx$ ||
        act_instance.fixedargs.tx$ ||
        act_instance.idgen()
  
  var mi = id_tx[0] || act_instance.idgen()
  
  meta.mi = mi
  meta.tx = tx
  meta.id = mi + '/' + tx
}
/* leakguard corpus: lines 1867-1867 pruned */

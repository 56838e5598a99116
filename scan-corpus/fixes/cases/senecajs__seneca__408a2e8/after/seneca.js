/* Copyright (c) 2010-2015 Richard Rodger, MIT License */
// <style> p,ul,li { margin:5px !important; } </style>
'use strict'

// Current version, access using _seneca.version_ property.
var VERSION = '0.7.2'

// Node API modules
var util = require('util')
var events = require('events')
var net = require('net')
var repl = require('repl')
var assert = require('assert')
var vm = require('vm')

// External modules.
var _ = require('lodash')
var nid = require('nid')
var jsonic = require('jsonic')
var patrun = require('patrun')
var parambulator = require('parambulator')
var norma = require('norma')
var stats = require('rolling-stats')
var makeuse = require('use-plugin')
var lrucache = require('lru-cache')
var zig = require('zig')
var gex = require('gex')
var executor = require('gate-executor')
var eraro = require('eraro')
var semver = require('semver')

// Internal modules.
var make_entity = require('./lib/entity')
var store = require('./lib/store')
var logging = require('./lib/logging')
var plugin_util = require('./lib/plugin-util')
var print = require('./lib/print')
var make_optioner = require('./lib/optioner')
var common = require('./lib/common')

// Create utilities.
var arr = common.arrayify

var error = eraro({
  package: 'seneca',
  msgmap: ERRMSGMAP(),
  override: true
})

// Module exports.
module.exports = init

// Default options.
var DEFAULT_OPTIONS = {
  // Tag this Seneca instance, will be appended to instance identifier.
  tag: '-',

  // Standard length of identifiers for actions.
  idlen: 12,

  // Standard timeout for actions.
  timeout: 11111,

  // Register (true) default plugins. Set false to not register when
  // using custom versions.
  default_plugins: {
    basic: true,
    'mem-store': true,
    transport: true,
    web: true
  },

  // Settings for network REPL.
  repl: {
    port: 30303,
    host: null
  },

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
    callpoint: false
  },

  // Enforce strict behaviours. Relax when backwards compatibility needed.
  strict: {
    // Action result must be a plain object.
    result: true,

    // Delegate fixedargs override action args.
    fixedargs: true,

    // Adding a pattern overrides existing pattern only if matches exactly.
    add: false
  },

  // Action cache. Makes inbound messages idempotent.
  actcache: {
    active: true,
    size: 11111
  },

  // Action executor tracing. See gate-executor module.
  trace: {
    act: false,
    stack: false,
    unknown: 'warn'
  },

  // Action statistics settings. See rolling-stats module.
  stats: {
    size: 1024,
    interval: 60000,
    running: false
  },

  // Wait time for plugins to close gracefully.
  deathdelay: 11111,

  // Default seneca-admin settings.
  // TODO: move to seneca-admin!
  admin: {
    local: false,
    prefix: '/admin'
  },

  // Plugin settings
  plugin: {},

  // Internal settings.
  internal: {
    // Close instance on these signals, if true.
    close_signals: {
      SIGHUP: true,
      SIGTERM: true,
      SIGINT: true,
      SIGBREAK: true
    }
  },

  // Log status at periodic intervals.
  status: {
    interval: 60000,

    // By default, does not run.
    running: false
  },

  // zig module settings for seneca.start() chaining.
  zig: {}
}

// Create a new Seneca instance.
// * _initial_options_ `o` &rarr; instance options
function make_seneca (initial_options) {
  initial_options = initial_options || {} // ensure defined

  // Create a private context.
  var private$ = make_private()

  // Create a new root Seneca instance.
  var root = new Seneca()

  // Define public member variables.
  root.root = root
  root.start_time = Date.now()
  root.fixedargs = {}
  root.context = {}
  root.version = VERSION

  // Seneca methods. Official API.
  root.add = api_add // Add a message pattern and action.
  root.act = api_act // Perform action that matches pattern.
  root.sub = api_sub // Subscribe to a message pattern.
  root.use = api_use // Define a plugin.
  root.make = api_make // Make a new entity object.
  root.listen = api_listen // Listen for inbound messages.
  root.client = api_client // Send outbound messages.
  root.export = api_export // Export plain objects from a plugin.
  root.has = api_has // True if action pattern defined.
  root.find = api_find // Find action by pattern
  root.list = api_list // List (a subset of) action patterns.
  root.ready = api_ready // Callback when plugins initialized.
  root.close = api_close // Close and shutdown plugins.
  root.options = api_options // Get and set options.
  root.repl = api_repl // Open a REPL on a local port.
  root.start = api_start // Start an action chain.
  root.error = api_error // Set global error handler.

  // Method aliases.
  root.make$ = api_make
  root.hasact = api_has

  // Non-API methods.
  root.logroute = api_logroute
  root.register = api_register
  root.depends = api_depends
  root.cluster = api_cluster
  root.hasplugin = api_hasplugin
  root.findplugin = api_findplugin
  root.plugins = api_plugins
  root.pin = api_pin
  root.actroutes = api_actroutes
  root.act_if = api_act_if
  root.wrap = api_wrap
  root.seneca = api_seneca
  root.fix = api_fix
  root.delegate = api_delegate

  // Legacy API; Deprecated.
  root.startrepl = api_repl
  root.findact = api_find

  // Create internal tools.
  var actnid = nid({length: 5})
  var refnid = function () { return '(' + actnid() + ')' }
  var paramcheck = make_paramcheck()

  // Create option resolver.
  private$.optioner = make_optioner(
    initial_options.module || module.parent || module,
    DEFAULT_OPTIONS)

  // Not needed after this point, and screws up debug printing.
  delete initial_options.module

  // Define options
  var so = private$.optioner.set(initial_options)
  paramcheck.options.validate(so, thrower)

  // These need to come from options as required during construction.
  so.internal.actrouter = so.internal.actrouter || patrun({gex: true})
  so.internal.subrouter = so.internal.subrouter || patrun(pin_patrun_customizer)

  // DEPRECATED
  root.fail = make_legacy_fail(so)

  var callpoint = make_callpoint(so.debug.callpoint)

  // Identifier generator.
  root.idgen = nid({length: so.idlen})

  // Create a unique identifer for this instance.
  root.id = root.idgen() + '/' + root.start_time + '/' + process.pid + '/' + so.tag

  if (so.debug.short_logs || so.log.short) {
    so.idlen = 2
    root.idgen = nid({length: so.idlen})
    root.id = root.idgen() + '/' + so.tag
  }

  root.name = 'Seneca/' + root.version + '/' + root.id

  root.die = makedie(root, {
    type: 'sys',
    plugin: 'seneca',
    tag: root.version,
    id: root.id,
    callpoint: callpoint
  })

  // Configure logging
  root.log = logging.makelog(so.log, {
    id: root.id,
    start: root.start_time,
    short: !!so.debug.short_logs
  })

  // Error events are fatal, unless you're undead.  These are not the
  // same as action errors, these are unexpected internal issues.
  root.on('error', root.die)

  // TODO: support options
  private$.executor = executor({
    trace: _.isFunction(so.trace.act) ? so.trace.act
      : (so.trace.act) ? make_trace_act({stack: so.trace.stack}) : false,
    timeout: so.timeout,
    error: function (err) {
      if (!err) return
      logging.log_exec_err(root, err)
    },
    msg_codes: {
      timeout: 'action-timeout',
      error: 'action-error',
      callback: 'action-callback',
      execute: 'action-execute',
      abandoned: 'action-abandoned'
    }
  })

  // setup status log
  if (so.status.interval > 0 && so.status.running) {
    private$.stats = private$.stats || {}
    setInterval(function () {
      var status = {
        alive: (Date.now() - private$.stats.start),
        act: private$.stats.act
      }
      root.log.info('status', status)
    }, so.status.interval)
  }

  if (so.stats) {
    private$.timestats = new stats.NamedStats(so.stats.size, so.stats.interval)

    if (so.stats.running) {
      setInterval(function () {
        private$.timestats.calculate()
      }, so.stats.interval)
    }
  }

  private$.plugins = {}
  private$.exports = { options: common.deepextend({}, so) }
  private$.plugin_order = { byname: [], byref: [] }
  private$.use = makeuse({
    prefix: 'seneca-',
    module: module,
    msgprefix: false,
    builtin: ''
  })

  private$.actcache = (so.actcache.active
    ? lrucache({ max: so.actcache.size })
    : { set: _.noop })

  private$.wait_for_ready = false

  private$.actrouter = so.internal.actrouter
  private$.subrouter = so.internal.subrouter

  root.on('newListener', function (eventname) {
    if (eventname === 'ready') {
      if (!private$.wait_for_ready) {
        private$.wait_for_ready = true
        root.act('role:seneca,ready:true,gate$:true')
      }
    }
  })

  root.toString = api_toString

  root.util = {
    deepextend: common.deepextend,
    recurse: common.recurse,
    clean: common.clean,
    copydata: common.copydata,
    nil: common.nil,
    argprops: common.argprops,
    print: common.print,

    router: function () { return patrun() },
    parsecanon: make_entity.parsecanon
  }

  root.store = store()

  // say hello, printing identifier to log
  root.log.info('hello', root.toString(), callpoint())

  // dump options if debugging
  root.log.debug('options', function () {
    return util.inspect(so, false, null).replace(/[\r\n]/g, ' ')
  })

  if (so.debug.print.options) {
    console_log('\nSeneca Options (' + root.id + '): before plugins\n' +
      '===\n')
    console_log(util.inspect(so, {depth: null}))
    console_log('')
  }

/* leakguard corpus: lines 391-1223 pruned */
  // close seneca instance
  // sets public seneca.closed property
  function api_close (done) {
    var self = this

    self.closed = true

    // cleanup process event listeners
    _.each(so.internal.close_signals, function (active, signal) {
      if (active) {
        process.removeListener(signal, handleClose)
      }
    })

    self.log.debug('close', 'start', callpoint())
    self.act('role:seneca,cmd:close,closing$:true', function (err) {
      self.log.debug('close', 'end', err)
      if (_.isFunction(done)) {
        return done.call(self, err)
      }
    })
  }

/* leakguard corpus: lines 1247-2125 pruned */
  // Define builtin actions.

  function action_seneca_fatal (args, done) {
    done()
  }

  function action_seneca_close (args, done) {
    this.emit('close')
    done()
  }

  function action_seneca_ready (args, done) {
    private$.wait_for_ready = false
    this.emit('ready')
    done()
  }

  function action_seneca_stats (args, done) {
    args = args || {}
    var stats

    if (args.pattern && private$.stats.actmap[args.pattern]) {
      stats = private$.stats.actmap[args.pattern]
      stats.time = private$.timestats.calculate(args.pattern)
    }
    else {
      stats = _.clone(private$.stats)
      stats.now = new Date()
      stats.uptime = stats.now - stats.start

      stats.now = new Date(stats.now).toISOString()
      stats.start = new Date(stats.start).toISOString()

      var summary =
      (null == args.summary && false) ||
        (/^false$/i.exec(args.summary) ? false : !!(args.summary))

      if (summary) {
        stats.actmap = void 0
      }
      else {
        _.each(private$.stats.actmap, function (a, p) {
          private$.stats.actmap[p].time = private$.timestats.calculate(p)
        })
      }
    }

    if (done) {
      done(null, stats)
    }
    return stats
  }

  root.stats = action_seneca_stats

  function action_options_get (args, done) {
    var options = private$.optioner.get()

    var base = args.base || null
    var root = base ? (options[base] || {}) : options
    var val = args.key ? root[args.key] : root

    done(null, common.copydata(val))
  }

  var handleClose = function () {
    root.close(function (err) {
      if (err) {
        console.error(err)
      }

      process.exit(err ? (err.exit === null ? 1 : err.exit) : 0)
    })
  }

  _.each(so.internal.close_signals, function (active, signal) {
    if (active) {
      process.once(signal, handleClose)
    }
  })

  // Expose the Entity object so third-parties can do interesting things with it
  private$.exports.Entity = make_entity.Entity

  return root
}

// Utilities

function makedie (instance, ctxt) {
  ctxt = _.extend(ctxt, instance.die ? instance.die.context : {})

  var die = function (err) {
    var die_trace = '\n' + (new Error('die trace').stack)
        .match(/^.*?\n.*\n(.*)/)[1]

    try {
      if (!err) {
        err = new Error('unknown')
      }
      else if (!util.isError(err)) {
        err = new Error(_.isString(err) ? err : util.inspect(err))
      }

      err.fatal$ = true

      var so = instance.options()

      // undead is only for testing, do not use in production
      var undead = so.debug.undead || (err && err.undead)

      var logargs = [ctxt.type, ctxt.plugin, ctxt.tag, ctxt.id,
        err.code, err.message, err.details,
        instance.fixedargs.fatal$ ? 'all-errors-fatal' : '-',
        ctxt.callpoint()]

      instance.log.fatal.apply(instance, logargs)

      var stack = err.stack || ''
      stack = stack.replace(/^.*?\n/, '\n')

      var procdesc = '\n  pid=' + process.pid +
        ', arch=' + process.arch +
        ', platform=' + process.platform +
        ',\n  path=' + process.execPath +
        ',\n  argv=' + util.inspect(process.argv).replace(/\n/g, '') +
        ',\n  env=' + util.inspect(process.env).replace(/\n/g, '')

      var fatalmodemsg = instance.fixedargs.fatal$
        ? '\n  ALL ERRORS FATAL: action called with argument fatal$:true ' +
        '(probably a plugin init error, or using a plugin seneca instance' +
        ', see senecajs.org/fatal.html)' : ''

      var stderrmsg =
      '\n\n' +
        'Seneca Fatal Error\n' +
        '==================\n\n' +
        'Message: ' + err.message + '\n\n' +
        'Code: ' + err.code + '\n\n' +
        'Details: ' + util.inspect(err.details, {depth: null}) + '\n\n' +
        'Stack: ' + stack + '\n\n' +
        'Instance: ' + instance.toString() + fatalmodemsg + die_trace + '\n\n' +
        'When: ' + new Date().toISOString() + '\n\n' +
        'Log: ' + jsonic.stringify(logargs) + '\n\n' +
        'Node:\n  ' + util.inspect(process.versions).replace(/\s+/g, ' ') +
        ',\n  ' + util.inspect(process.features).replace(/\s+/g, ' ') +
        ',\n  ' + util.inspect(process.moduleLoadList).replace(/\s+/g, ' ') + '\n\n' +
        'Process: ' + procdesc + '\n\n'

      if (so.errhandler) {
        so.errhandler.call(instance, err)
      }

      if (instance.closed) return

      if (!undead) {
        instance.act('role:seneca,info:fatal,closing$:true', {err: err})

        instance.close(
          // terminate process, err (if defined) is from seneca.close
          function (err) {
            if (!undead) {
              process.nextTick(function () {
                if (err) console_error(err)
                console_error(stderrmsg)
                console_error('\n\nSENECA TERMINATED at ' + (new Date().toISOString()) +
                  '. See above for error report.\n\n')
                process.exit(1)
              })
            }
          }
       )
      }

      // make sure we close down within options.deathdelay seconds
      if (!undead) {
        var killtimer = setTimeout(function () {
          console_error(stderrmsg)
          console_error('\n\nSENECA TERMINATED (on timeout) at ' +
            (new Date().toISOString()) + '.\n\n')
          process.exit(2)
        }, so.deathdelay)
        killtimer.unref()
      }
    }
    catch (panic) {
      var msg =
      '\n\n' +
        'Seneca Panic\n' +
        '============\n\n' +
        panic.stack +
        '\n\nOriginal Error:\n' +
        (arguments[0] && arguments[0].stack ? arguments[0].stack : arguments[0])
      console_error(msg)
    }
  }

  die.context = ctxt

  return die
}

function make_trace_act (opts) {
  return function () {
    var args = Array.prototype.slice.call(arguments, 0)
    args.unshift(new Date().toISOString())

    if (opts.stack) {
      args.push(new Error('trace...').stack)
    }

    console_log(args.join('\t'))
  }
}

function pin_patrun_customizer (pat, data) {
  var pi = this

  var gexers = {}
  _.each(pat, function (v, k) {
    if (_.isString(v) && ~v.indexOf('*')) {
      delete pat[k]
      gexers[k] = gex(v)
    }
  })

  // handle previous patterns that match this pattern
  var prev = pi.list(pat)
  var prevfind = prev[0] && prev[0].find
  var prevdata = prev[0] && pi.findexact(prev[0].match)

  return function (args, data) {
    var pi = this
    var out = data
    _.each(gexers, function (g, k) {
      var v = args[k]
      if (null == g.on(v)) { out = null }
    })

    if (prevfind && null == out) {
      out = prevfind.call(pi, args, prevdata)
    }

    return out
  }
}

// Primary export function, creates a new Seneca instance.
function init (seneca_options, more_options) {
  // Create instance.
  var seneca = make_seneca(_.extend({}, seneca_options, more_options))
  var so = seneca.options()

  // Register default plugins, unless turned off by options.
  if (so.default_plugins.basic) { seneca.use('basic') }
  if (so.default_plugins.transport) { seneca.use('transport') }
  if (so.default_plugins.web) { seneca.use('web') }
  if (so.default_plugins['mem-store']) { seneca.use('mem-store') }

  // Register plugins specified in options.
  _.each(so.plugins, function (plugindesc) {
    seneca.use(plugindesc)
  })

  return seneca
}

// To reference builtin loggers when defining logging options.
init.loghandler = logging.handlers

// Makes require('seneca').use(...) work by creating an on-the-fly instance.
init.use = function () {
  var instance = init()
  return instance.use.apply(instance, arr(arguments))
}

// Mostly for testing.
if (require.main === module) {
  init()
}

// ### Declarations

// Seneca is an EventEmitter.
function Seneca () {
  events.EventEmitter.call(this)
  this.setMaxListeners(0)
}
util.inherits(Seneca, events.EventEmitter)

// Private member variables of Seneca object.
function make_private () {
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
    }
  }
}

// Make parambulators.
function make_paramcheck () {
  var paramcheck = {}

  paramcheck.options = parambulator({
    tag: { string$: true },
    idlen: { integer$: true },
    timeout: { integer$: true },
    errhandler: { function$: true }
  }, {
    topname: 'options',
    msgprefix: 'seneca({...}): '
  })

  paramcheck.register = parambulator({
    type$: 'object',
    required$: ['name', 'init'],
    string$: ['name'],
    function$: ['init', 'service'],
    object$: ['options']
  }, {
    topname: 'plugin',
    msgprefix: 'register(plugin): '
  })

  return paramcheck
}

// Minor utils
function thrower (err) {
  if (err) throw err
}

// Callpoint resolver. Indicates location in calling code.
function make_callpoint (active) {
  if (active) {
    return function () {
      return error.callpoint(
        new Error(),
        ['/seneca/seneca.js', '/seneca/lib/', '/lodash.js'])
    }
  }
  else {
    return _.noop
  }
}

// For backwards compatibility
function make_legacy_fail (so) {
  return function () {
    var args = common.arrayify(arguments)

    var cb = _.isFunction(arguments[arguments.length - 1])
      ? arguments[arguments.length - 1] : null

    if (cb) {
      args.pop()
    }

    if (_.isObject(args[0])) {
      var code = args[0].code
      if (_.isString(code)) {
        args.unshift(code)
      }
    }

    var err = error.apply(null, args)
    err.callpoint = new Error().stack.match(/^.*\n.*\n\s*(.*)/)[1]
    err.seneca = { code: err.code, valmap: err.details }

    this.log.error(err)
    if (so.errhandler) {
      so.errhandler.call(this, err)
    }

    if (cb) {
      cb.call(this, err)
    }

    return err
  }
}

// Error code messages.
function ERRMSGMAP () {
  return {
    test_msg: 'Test message.',

    test_prop: 'TESTING: exists: <%=exists%>, notfound:<%=notfound%>, str=<%=str%>,' +
      ' obj=<%=obj%>, arr=<%=arr%>, bool=<%=bool%>, null=<%=null$%>, delete=<%=delete$%>, undefined=<%=undefined$%>, void=<%=void$%>, NaN=<%=NaN$%>',

    add_string_pattern_syntax: 'Could not add action due to syntax error in ' +
      'pattern string: "<%=argstr%>": Line:<%=line%>, Column:<%=col%>; <%=syntax%>',

    act_string_args_syntax: 'Could execute action due to syntax error in argument' +
      ' string: "<%=argstr%>": Line:<%=line%>, Column:<%=col%>; <%=syntax%>',

    add_pattern_object_expected_after_string_pattern: 'Could not add action; ' +
      'unexpected argument; a pattern object or function should follow the pattern' +
      ' string; arguments were: "<%=args%>".',

    add_pattern_object_expected: 'Could not add action; unexpected argument; ' +
      'a pattern object or string should be the first argument; ' +
      'arguments were: "<%=args%>".',

    add_action_function_expected: 'Could not add action: the action function ' +
      'should appear after the pattern; arguments were: "<%=args%>".',

    add_action_metadata_not_an_object: 'Could not add action: the argument after ' +
      'the action function should be a metadata object: <%=actmeta%>.',

    add_empty_pattern: 'Could not add action, as the action pattern is empty: ' +
      '"<%=args%>"',

    act_if_expects_boolean: 'The method act_if expects a boolean value as its ' +
      'first argument, was: "<%=first%>".',

    act_not_found: 'No matching action pattern found for <%=args%>, and no default ' +
      'result provided (using a default$ property).',

    act_default_bad: 'No matching action pattern found for <%=args%>, and default ' +
      'result is not a plain object or an array: <%=xdefault%>.',

    act_no_args: 'No action pattern defined in "<%=args%>"; the first argument ' +
      'should be a string or object pattern.',

    act_invalid_args: 'Action <%=pattern%> has invalid arguments; <%=message%>; ' +
      'arguments were: <%=args%>.',

    act_execute: 'Action <%=pattern%> failed: <%=message%>.',

    act_callback: 'Action <%=pattern%> callback threw: <%=message%>.',

    result_not_objarr: 'Action <%=pattern%> responded with result that was not an ' +
      'object or array: <%=result%>; Use option strict:{result:false} to allow; ' +
      'arguments were: <%=args%>',

    no_client: 'Transport client was not created; arguments were: "<%=args%>".',

    invalid_options: 'Invalid options; <%=message%>',

    plugin_required: 'The <%=name%> plugin depends on the <%=dependency%> plugin, ' +
      'which is not loaded yet.',

    plugin_init: 'The <%=name%> plugin failed to initialize: <%=plugin_error%>.',

    plugin_init_timeout: 'The <%=name%> plugin failed to initialize within ' +
      '<%=timeout%> milliseconds (The init:<%=name%> action did not call the "done"' +
      ' callback in time).',

    export_not_found: 'The export <%=key%> has not been defined by a plugin.',

    store_cmd_missing: 'Entity data store implementation is missing a command; ' +
      '"<%=cmd%>": "<%=store%>".',

    sub_function_catch: 'Pattern subscription function threw: <%=message%> on ' +
      'args: <%=args%>, result: <%=result%>.',

    ready_failed: 'Ready function failed: <%=message%>',

    bad_cluster_version: 'Cluster API requires Node 0.12. Found <%=version%>'
  }
}

// Intentional console output uses this function. Helps to find spurious debugging.
function console_log () {
  console.log.apply(null, arguments)
}

// Intentional console errors use this function. Helps to find spurious debugging.
function console_error () {
  console.error.apply(null, arguments)
}
/* leakguard corpus: lines 2605-2605 pruned */

/* This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this file,
 * You can obtain one at http://mozilla.org/MPL/2.0/. */

'use strict'

/**
 * Tor daemon management.
 *
 * This doesn't actually manage the tor daemon: the parts that did are
 * commented out.  Rather it just watches the tor daemon's control
 * port file for activity and connects to its control socket.
 *
 * @module tor
 */

const EventEmitter = require('events')
const assert = require('assert')
const electron = require('electron')
const fs = require('fs')
const net = require('net')
const path = require('path')
const stream = require('stream')

/**
 * Return the path to the directory where we store tor-related files.
 *
 * @returns {path}
 */
function torBravePath () {
  const bravePath = electron.app.getPath('userData')
  return path.join(bravePath, 'tor')
}

/**
 * Return the path to the data directory that we use for our tor
 * daemon.
 *
 * @returns {path}
 */
function torDataDirPath () {
  return path.join(torBravePath(), 'data')
}

/**
 * Return the path to the directory we watch for changes as tor
 * starts up.
 *
 * @returns {path}
 */
function torWatchDirPath () {
  return path.join(torBravePath(), 'watch')
}

/**
 * Return the path to the file containing the port number for the
 * control channel that our tor daemon is listening on.
 *
 * @returns {path}
 */
function torControlPortPath () {
  return path.join(torWatchDirPath(), 'controlport')
}

/*
 * Return the path to the file containing the control connection
 * authentication cookie.
 *
 * @returns {path}
 */
function torControlCookiePath () {
  return path.join(torWatchDirPath(), 'control_auth_cookie')
}

/**
 * State for a tor daemon subprocess.
 */
class TorDaemon extends EventEmitter {
  /**
   * Initialization-only constructor.  No parameters, no nontrivial
   * computation, no I/O.
   */
  constructor () {
    super()
    this._process = null        // child process
    this._watcher = null        // fs watcher
    this._polling = false       // true if we are polling for start
    this._retry_poll = null     // set if polling, true if should retry on fail
    this._control = null        // TorControl instance
    this._socks_addresses = null // array of tor's socks addresses
  }

  /**
   * Create the necessary directories and invoke callback when done.
   * We assume the parent of torBravePath exists; we create it and
   * everything we need underneath it.  On failure other than EEXIST,
   * may leave directories partially created.
   *
   * @param {Function(Error)} callback
   */
  setup (callback) {
    const directories = [
      torBravePath(),
      torWatchDirPath()
    ]
    const loop = (i) => {
      if (i === directories.length) {
        return callback(null)
      }
      assert(i >= 0)
      assert(i < directories.length)
      fs.mkdir(directories[i], 0o700, (err) => {
        if (err && err.code !== 'EEXIST') {
          return callback(err)
        }
        loop(i + 1)
      })
    }
    loop(0)
  }

  /**
   * Start the tor daemon and start watching for it to start up.
   * Caller must ensure that the necessary directories have been
   * created with {@link TorDaemon#setup}.
   *
   * This function is asynchronous.  If the tor daemon successfully
   * launches, this emits a `'launch'` event with the SOCKS address on
   * which it is listening.  If the tor daemon exits, this emits an
   * `'exit'` event.
   */
  start () {
    // Begin watching for the control port file to be written.
    const watchDir = torWatchDirPath()
    const watchOpts = {persistent: false}
    this._watcher = fs.watch(watchDir, watchOpts, (event, filename) => {
      this._watchEvent(event, filename)
    })

    this._process = 'i am the very seeming of a child process daemon'

    // Defer to the next tick so that the user can reliably do
    //
    //          torDaemon.start()
    //          torDaemon.on('launch', ...)
    process.nextTick(() => this._poll())
  }

  /**
   * Kill the tor daemon.
   */
  kill () {
    if (!this._process) {
      assert(this._process === null)
      assert(this._control === null)
      return
    }
    if (this._control) {
      this._control.close()
    }
  }

  /**
   * Internal subroutine.  Called by fs.watch when the tor watch
   * directory is changed.  If the control port file is newly written,
   * then the control socket should be available now.
   *
   * Note: filename is documented to be unreliable, so we don't use
   * it.  Instead we just check whether the control port file is
   * written and matches.
   *
   * @param {string} event
   * @param {string} filename
   */
  _watchEvent (event, filename) {
    assert(this._watcher)

    // If the process died in the interim, give up.
    if (!this._process) {
      console.log('tor: process dead, ignoring watch event')
      return
    }

    // If the control connection is already open, nothing to do.
    if (this._control) {
      return
    }

    this._poll()
  }

  /**
   * Internal subroutine.  Poll for whether tor has started yet, or if
   * there is a poll already pending, tell it to retry in case it
   * fails.
   */
  _poll () {
    assert(this._process)
    assert(this._control === null)

    if (this._polling) {
      this._retry_poll = true
      return
    } else {
      assert(this._retry_poll === null)
    }
    this._polling = true
    this._retry_poll = false
    this._doPoll()
  }

  /**
   * Internal subroutine.  Actually poll for whether tor has started
   * yet.  If tor is not ready yet, we exit via this._polled(), which
   * either waits for another notification or polls again in case
   * another notification already came in.
   *
   * When is tor ready?  We need the control port _and_ the control
   * authentication cookie.  The tor daemon currently writes the
   * control port first, and _then_ the control authentication
   * cookie.  So we open both, and check the mtimes.  If either one
   * is not there, tor is not ready.  If the cookie is older, it is
   * stale, from an older run of tor, and so tor is not ready in
   * that case.
   */
  _doPoll () {
    assert(this._process)
    assert(this._control === null)
    assert(this._polling)

    this._eatControlCookie((err, cookie, cookieMtime) => {
      if (err) {
        // If there's an error, don't worry: the file may have been
        // written incompletely, and we will, with any luck, be notified
        // again when it has been written completely and renamed to its
        // permanent location.
        return this._polled()
      }

      // If the process died in the interim, give up.
      if (!this._process) {
        return this._polled()
      }

      // Assert we're in a sane state: we have a process, we have no
      // control, and we're polling.
      assert(this._process)
      assert(this._control === null)
      assert(this._polling)

      this._eatControlPort((err, portno, portMtime) => {
        if (err) {
          // If there's an error, don't worry: the file may not be
          // ready yet, and we'll be notified when it is.
          return this._polled()
        }

        // If the process died in the interim, give up.
        if (!this._process) {
          return this._polled()
        }

        // Assert we're in a sane state: we have a process, we have no
        // control, and we're polling.
        assert(this._process)
        assert(this._control === null)
        assert(this._polling)

        // Tor writes the control port first, then the auth cookie.
        // If the auth cookie is _older_ than the control port, then
        // it's definitely stale.  If they are the _same age_, then
        // probably the control port is older but the file system
        // resolution is just not enough to distinguish them.
        if (cookieMtime < portMtime) {
          console.log(`tor: tossing stale cookie`)
          return this._polled()
        }

        this._openControl(portno, cookie)
      })
    })
  }

  /**
   * Internal subroutine.  Called when done polling.  If no control
   * socket but asked to retry, arrange to poll again; otherwise,
   * restore state.
   */
  _polled () {
    assert(this._polling)
    if (this._retry_poll && this._control === null) {
      return process.nextTick(() => this._doPoll())
    }
    this._polling = false
    this._retry_poll = null
  }

  /*
   * Internal subroutine.  Move the control port out of the way to
   * commit to it, and read the control port and its mtime.
   *
   * @param {Function(Error, number, Date)} callback
   */
  _eatControlPort (callback) {
    // First, rename the file, so that we don't read a stale one later.
    const oldf = torControlPortPath()
    const newf = torControlPortPath() + '.ack'
    fs.rename(oldf, newf, (err) => {
      if (err) {
        return callback(err, null, null)
      }

      // Then open the committed control port file.
      fs.open(newf, 'r', (err, fd) => {
        if (err) {
          return callback(err, null, null)
        }

        // Get the mtime.
        fs.fstat(fd, (err, stat) => {
          if (err) {
            return callback(err, null, null)
          }

          // Read up to 27 octets, the maximum we will ever need.
          const readlen = 'PORT=255.255.255.255:65535\n'.length
          const buf = Buffer.alloc(readlen)
          fs.read(fd, buf, 0, readlen, null, (err, nread, buf) => {
            let portno = null
            do {                    // break for cleanup
              if (err) {
                break
              }

              // Make sure the line looks sensible.
              const line = buf.slice(0, nread).toString('utf8')
              if (!line.startsWith('PORT=') || !line.endsWith('\n')) {
                err = new Error(`invalid control port file`)
                break
              }
              if (!line.startsWith('PORT=127.0.0.1:')) {
                err = new Error(`control port has non-local address`)
                break
              }

              // Parse the port number.
              const portstr = line.slice(
                'PORT=127.0.0.1:'.length, line.length - 1)
              const portno0 = parseInt(portstr, 10)
              if (isNaN(portno) || portno === 0) {
                err = new Error(`invalid control port number`)
                break
              }

              // We'll take it!
              assert(!err)
              portno = portno0
            } while (0)

            // We're done with the control port file; close it.
            fs.close(fd, (err) => {
              if (err) {
                console.log(`tor: close control port file failed: ${err}`)
              }
            })

            // And call back.
            callback(err, portno, stat.mtime)
          })
        })
      })
    })
  }

  /**
   * Internal subroutine.  Move the control cookie out of the way to
   * commit to it, and read the control cookie and its mtime.
   *
   * @param {Function(Error, Buffer, Date)} callback
   */
  _eatControlCookie (callback) {
    // First, rename the file, so that we don't read a stale one later.
    const oldf = torControlCookiePath()
    const newf = torControlCookiePath() + '.ack'
    fs.rename(oldf, newf, (err) => {
      if (err) {
        return callback(err, null, null)
      }

      // Then open the control cookie file.
      fs.open(newf, 'r', (err, fd) => {
        if (err) {
          return callback(err, null, null)
        }

        // Get the mtime.
        fs.fstat(fd, (err, stat) => {
          if (err) {
            return callback(err, null, null)
          }

          // Read up to 33 octets.  We should need no more than 32, so 33
          // will indicate the file is abnormally large.
          const readlen = 33
          const buf = Buffer.alloc(readlen)
          fs.read(fd, buf, 0, readlen, null, (err, nread, buf) => {
            let cookie = null
            do {                    // break for cleanup
              if (err) {
                break
              }

              // Check for probable truncation.
              if (nread === readlen) {
                err = new Error('control cookie too long')
                break
              }

              // We'll take it!
              assert(!err)
              cookie = buf.slice(0, nread)
            } while (0)

            // We're done with the control cookie file; close it.
            fs.close(fd, (err) => {
              if (err) {
                console.log(`tor: close control auth cookie file failed: ${err}`)
              }
            })

            // And call back.
            callback(err, cookie, stat.mtime)
          })
        })
      })
    })
  }

  /**
   * Internal subroutine.  Open a control socket, arrange to set up a
   * TorControl to manage it, and authenticate to it with a null
   * authentication cookie.
   *
   * @param {number} portno
   * @param {Buffer} cookie - secret authentication cookie in raw bits
   */
  _openControl (portno, cookie) {
    assert(this._process)
    assert(this._control === null)

    // Create a socket and arrange provisional close/error listeners.
    const controlSocket = new net.Socket()
    const closeMethod = () => console.log('tor: control socket closed early')
    const errorMethod = (err) => {
      console.log(`tor: control socket error: ${err}`)
      controlSocket.destroy(err)
    }
    controlSocket.on('close', closeMethod)
    controlSocket.on('error', errorMethod)

    // Now connect the socket.
    controlSocket.connect({port: portno}, () => {
      // If the process died in the interim, give up.
      if (!this._process) {
        console.log('tor: process died, closing control')
        controlSocket.close((err) => {
          if (err) {
            console.log(`tor: close control socket failed: ${err}`)
          }
        })
        return
      }

      // Assert we are in a sane state: we have a process, but we have
      // no control yet.
      assert(this._process)
      assert(this._control === null)

      // Remove our provisional listeners and hand ownership to
      // TorControl.
      controlSocket.removeListener('close', closeMethod)
      controlSocket.removeListener('error', errorMethod)

      const readable = controlSocket
      const writable = controlSocket
      this._control = new TorControl(readable, writable)
      this._control.on('error', (err) => this._controlError(err))
      this._control.on('close', () => this._controlClosed())
      const hexCookie = cookie.toString('hex')
      this._control.cmd1(`AUTHENTICATE ${hexCookie}`, (err, status, reply) => {
        if (!err) {
          if (status !== '250' || reply !== 'OK') {
            err = new Error(`Tor error ${status}: ${reply}`)
          }
        }
        if (err) {
          console.log(`tor: authentication failure: ${err}`)
          this.kill()
          return
        }
        this._control.getSOCKSListeners((err, listeners) => {
          if (err) {
            console.log(`tor: failed to get socks addresses: ${err}`)
            this.kill()
            return
          }
          this._socks_addresses = listeners
          this.emit('launch', this.getSOCKSAddress())
        })
      })
    })
  }

  /**
   * Internal subroutine.  Callback for any errors on the control
   * socket.  Report it to the console and give up by destroying the
   * control connection.
   *
   * @param {Error} err
   */
  _controlError (err) {
    assert(this._control)
    console.log(`tor: control socket error: ${err}`)
    this._control.destroy()
  }

  /*
   * Internal subroutine.  Callback for when the control socket has
   * been closed.  Clear it, and interpret it to mean the tor process
   * has exited.
   *
   * TODO(riastradh): Also try to restart tor or anything?
   */
  _controlClosed () {
    assert(this._control)
    this._control = null
    // Assume this means the process exited.
    this.emit('exit')
  }

  /**
   * Returns the current SOCKS address: a string of the form
   * `<IPv4>:<portno>', `[<IPv6>]:<portno>', or `unix:<pathname>'.
   * If tor is not initialized yet, or is dead, this returns null
   * instead.
   *
   * @returns {string} SOCKS socket address as string
   */
  getSOCKSAddress () {
    if (!this._socks_addresses) {
      return null
    }
    return this._socks_addresses[0]
  }

  /**
   * Returns the control socket.
   *
   * @returns {TorControl}
   */
  getControl () {
    return this._control
  }

  /**
   * Internal subroutine.  Arrange to call handler for asynchronous
   * events about info.
   *
   * @param {string} event - STATUS_CLIENT, STATUS_GENERAL, &c.
   * @param {dict} keys - BOOTSTRAP, CIRCUIT_ESTABLISHED, &c.
   * @param {string} info - status/bootstrap-phase, status/circuit-established
   * @param {Function(Error, string)} statusHandler - called asynchronously
   * @param {Function(Error, string)} infoHandler - called for GETINFO
   * @param {Function(Error)} callback
   */
  _torStatus (event, keys, info, statusHandler, infoHandler, callback) {
    const control = this._control
    // Subscribe to events.
    const statusListener = (data, extra) => {
      const args = data.split(' ') // TODO(riastradh): better parsing
      if (args.length < 2) {
        console.log(`tor: warning: truncated ${event}`)
        return
      }
      if (!(args[1] in keys)) {
        // Not for us!
        return
      }
      let err = null
      if (args[0] === 'ERR') {
        err = new Error(`${data}`)
      }
      statusHandler(err, data)
    }
    control.on(`async-${event}`, statusListener)
    control.subscribe(event, (err) => {
      if (err) {
        control.removeListener(`async-${event}`, statusListener)
        return callback(err)
      }
      // Run `GETINFO ${info}' to kick us off, in case it's a long
      // time to the next phase or we're wedged.
      const getinfoLine = (status, reply) => {
        if (status !== '250') {
          const err = new Error(`${status} ${reply}`)
          return infoHandler(err, null)
        }
        const prefix = `${info}=`
        if (!reply.startsWith(prefix)) {
          const err = new Error(`bogus ${info}: ${reply}`)
          return infoHandler(err, null)
        }
        const data = reply.slice(prefix.length)
        return infoHandler(err, data)
      }
      control.cmd(`GETINFO ${info}`, getinfoLine, (err, status, reply) => {
        if (!err) {
          if (status !== '250') {
            err = new Error(`${status} ${reply}`)
          }
        }
        if (err) {
          // TODO(riastradh): Unsubscribe and remove listener or not?
          return callback(err)
        }
        // Success!
        return callback(null)
      })
    })
  }

  /**
   * Arrange to call handler with the current bootstrap progress and
   * every time it changes.  The handler may be called before or after
   * the callback.
   *
   * TODO(riastradh): No way to deregister.
   *
   * @param {Function(Error, string)} handler
   * @param {Function(Error)} callback
   */
  onBootstrap (handler, callback) {
    const handleStatus = (err, data) => {
      // <severity> BOOTSTRAP ... PROGRESS=<num>
      const args = data.split(' ') // TODO(riastradh): better parsing
      assert(args.length >= 2)
      // Find the progress.  args[0] is ERR/WARN/NOTICE; args[1] is
      // BOOTSTRAP.
      assert(args[1] === 'BOOTSTRAP')
      for (let i = 2; i < args.length; i++) {
        const [k, v] = args[i].split('=')
        if (k === 'PROGRESS') {
          return handler(err, v)
        }
      }
      // No progress.  If there isn't an error already, treat it as
      // one.
      if (!err) {
        err = new Error(`bootstrap without progress: ${data}`)
      }
      handler(err, null)
    }
    const handleInfo = (err, data) => {
      // <severity> BOOTSTRAP ... PROGRESS=<num>
      const args = data.split(' ') // TODO(riastradh): better parsing
      if (args.length < 2) {
        console.log(`tor: warning: truncated ${event}`)
        return
      }
      if (args[1] !== 'BOOTSTRAP') {
        // Not for us!
        return
      }
      if (!err && args[0] === 'ERR') {
        err = new Error(`${data}`)
      }
      handleStatus(err, data)
    }
    const event = 'STATUS_CLIENT'
    const keys = {BOOTSTRAP: 1}
    const info = 'status/bootstrap-phase'
    this._torStatus(event, keys, info, handleStatus, handleInfo, callback)
  }

  /**
   * Arrange to call handler when tor thinks it can or cannot build
   * circuits for client use.  The handler may be called before or
   * after the callback.
   *
   * @param {Function(Error, string)} handler
   * @param {Function(Error)} callback
   */
  onCircuitEstablished (handler, callback) {
    const handleStatus = (err, data) => {
      if (err) {
        return handler(err, null)
      }
      // <severity> CIRCUIT_ESTABLISHED
      // <severity> CIRCUIT_NOT_ESTABLISHED
      const args = data.split(' ') // TODO(riastradh): better parsing
      if (args[1] === 'CIRCUIT_ESTABLISHED') {
        handler(null, true)
      } else if (args[1] === 'CIRCUIT_NOT_ESTABLISHED') {
        let err = null
        for (let i = 2; i < args.length; i++) {
          const [k, v] = args[i].split('=')
          if (k === 'REASON') {
            err = new Error(`tor: ${v}`)
            break
          }
        }
        handler(err, false)
      } else {
        const err = new Error(`tor: bogus circuit establishment info: ${data}`)
        handler(err, null)
      }
    }
    const handleInfo = (err, s) => {
      if (err) {
        return handler(err, null)
      }
      // 0 or 1
      if (s === '1') {
        handler(null, true)
      } else if (s === '0') {
        handler(null, false)
      } else {
        err = new Error(`tor: bogus circuit establishment info: ${s}`)
        handler(err, false)
      }
    }
    const event = 'STATUS_CLIENT'
    const keys = {CIRCUIT_ESTABLISHED: 1, CIRCUIT_NOT_ESTABLISHED: 1}
    const info = 'status/circuit-established'
    this._torStatus(event, keys, info, handleStatus, handleInfo, callback)
  }
}
/* leakguard corpus: lines 738-1753 pruned */
module.exports.TorControl = TorControl
module.exports.TorDaemon = TorDaemon
module.exports.torControlCookiePath = torControlCookiePath
module.exports.torControlParseKV = torControlParseKV
module.exports.torControlParseQuoted = torControlParseQuoted
module.exports.torControlPortPath = torControlPortPath
module.exports.torDataDirPath = torDataDirPath
module.exports.torrcEscapeBuffer = torrcEscapeBuffer
module.exports.torrcEscapePath = torrcEscapePath
module.exports.torrcEscapeString = torrcEscapeString
/* leakguard corpus: lines 1764-1764 pruned */

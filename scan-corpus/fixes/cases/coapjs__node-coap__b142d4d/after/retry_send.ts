/*
 * Copyright (c) 2013-2021 node-coap contributors.
 *
 * node-coap is licensed under an MIT +no-false-attribs license.
 * All rights not explicitly granted in the MIT license are reserved.
 * See the included LICENSE file for more details.
 */

import { EventEmitter } from 'events'
import { parse } from 'coap-packet'
import { parameters } from './parameters'
import { Parameters } from '../models/models'
import { Socket } from 'dgram'

class RetrySendError extends Error {
    retransmitTimeout: number
    constructor (retransmitTimeout: number) {
        super(`No reply in ${retransmitTimeout} seconds.`)
        this.retransmitTimeout = retransmitTimeout
    }
}

export default class RetrySend extends EventEmitter {
    _sock: Socket
    _port: number
    _host?: string
    _maxRetransmit: number
    _sendAttemp: number
    _lastMessageId: number
    _currentTime: number
    _bOff: () => void
    _message: Buffer
    _timer: NodeJS.Timeout
    _bOffTimer: NodeJS.Timeout
    private _parameters: Parameters
    constructor (sock: any, port: number, host?: string, maxRetransmit?: number, instanceParameters?: Parameters) {
        super()

        this._parameters = instanceParameters ?? parameters

        this._sock = sock

        this._port = port ?? this._parameters.coapPort

        this._host = host

        this._maxRetransmit = maxRetransmit ?? this._parameters.maxRetransmit
        this._sendAttemp = 0
        this._lastMessageId = -1
        this._currentTime = this._parameters.ackTimeout * (1 + (this._parameters.ackRandomFactor - 1) * Math.random()) * 1000

        this._bOff = () => {
            this._currentTime = this._currentTime * 2
            this._send()
        }
    }

    _send (avoidBackoff?: boolean): void {
        this._sock.send(this._message, 0, this._message.length,
            this._port, this._host, (err: Error, bytes: number): void => {
                this.emit('sent', err, bytes)
                if (err != null) {
                    this.emit('error', err)
                }
            })

        const messageId = parse(this._message).messageId
        if (messageId !== this._lastMessageId) {
            this._lastMessageId = messageId
            this._sendAttemp = 0
            // Restart the backoff. A single RetrySend instance is reused for
            // every block of a segmented Block1 transfer; without this reset,
            // _currentTime only ever doubles across an entire request, so a
            // stall on any block ratchets every subsequent block's retransmit
            // delay until it exceeds the peer's idle/session timeout and the
            // transfer wedges. Retransmits of the SAME message (called via
            // _bOff) keep the same messageId and correctly fall through this
            // branch, preserving the exponential backoff up to maxRetransmit.
            this._currentTime = this._parameters.ackTimeout * (1 + (this._parameters.ackRandomFactor - 1) * Math.random()) * 1000
        }

        if (avoidBackoff !== true && ++this._sendAttemp <= this._maxRetransmit) {
            this._bOffTimer = setTimeout(this._bOff, this._currentTime)
        }

        this.emit('sending', this._message)
    }

    send (message: Buffer, avoidBackoff?: boolean): void {
        // Clear any orphaned timers from a prior message. Callers that don't
        // explicitly reset() before re-sending would otherwise leak a stale
        // _bOffTimer firing against the new buffer.
        this.reset()
        this._message = message
        this._send(avoidBackoff)

        const timeout = avoidBackoff === true ? this._parameters.maxRTT : this._parameters.exchangeLifetime
        this._timer = setTimeout(() => {
            const err = new RetrySendError(timeout)
            if (avoidBackoff === false) {
                this.emit('error', err)
            }
            this.emit('timeout', err)
        }, timeout * 1000)
    }

    reset (): void {
        clearTimeout(this._timer)
        clearTimeout(this._bOffTimer)
    }
}

/*
 * Copyright 2013-2019 The NATS Authors
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 * http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 */
/* leakguard corpus: lines 15-844 pruned */
Client.prototype.close = function() {
    this.cleanupTimers();
    this.closed = true;
    this.removeAllListeners();
    this.closeStream();
    this.ssid = -1;
    this.subs = null;
    this.pstate = -1;
    this.pongs = null;
    this.pending = null;
    this.pSize = 0;
};

/**
 * Cancels all the timers, ping, subs, requests.
 * Should only be called on a close.
 * @api private
 */
Client.prototype.cleanupTimers = function() {
    this.cancelHeartbeat();

    if(this.respmux && this.respmux.requestMap) {
        for (const p in this.respmux.requestMap) {
            if (this.respmux.requestMap.hasOwnProperty(p)) {
                this.cancelMuxRequest(p);
            }
        }
    }
    if(this.subs) {
        for (const p in this.subs) {
            if (this.subs.hasOwnProperty(p)) {
                const sub = this.subs[p];
                if(sub.timeout) {
                    clearTimeout(sub.timeout);
                    delete sub.timeout;
                }
            }
        }
    }
};
/* leakguard corpus: lines 885-1569 pruned */
Client.prototype.timeout = function(sid, timeout, expected, callback) {
    if (!sid) {
        return;
    }
    let sub = null;
    // check the sid is not a mux sid - which is always negative
    if (sid < 0) {
        const conf = this.getMuxRequestConfig(sid);
        if (conf && conf.timeout) {
            // clear auto-set timeout
            clearTimeout(conf.timeout);
        }
        sub = conf;
    } else {
        sub = this.subs[sid];
    }

    if (sub) {
        sub.expected = expected;
        sub.timeout = setTimeout(() => {
            callback(sid);
            // if callback fails unsubscribe will leak
            this.unsubscribe(sid);
        }, timeout);
    }
};
/* leakguard corpus: lines 1596-1907 pruned */

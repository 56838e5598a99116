/* leakguard corpus: lines 1-844 pruned */
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

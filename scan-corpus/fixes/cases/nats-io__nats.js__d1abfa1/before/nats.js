/* leakguard corpus: lines 1-832 pruned */
Client.prototype.close = function() {
    if (this.pingTimer) {
        clearTimeout(this.pingTimer);
        delete this.pingTimer;
    }
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
/* leakguard corpus: lines 848-1532 pruned */
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
/* leakguard corpus: lines 1559-1870 pruned */

/**
* Created by Karl-Heinz Wind
* see also https://shelly-api-docs.shelly.cloud/#common-http-api
**/

module.exports = function (RED) {
    "use strict";
    var axios = require('axios').default;
      
    // generic REST get wrapper
    function shellyGet(route, node, hostname, callback){

        let headers = {};
        if(node.credentials.username !== undefined && node.credentials.password !== undefined) {
            headers.Authorization = "Basic " + Buffer.from(node.credentials.username + ":" + node.credentials.password).toString("base64");
        };

        let url = 'http://';
        if(hostname === undefined){
            url += node.hostname;
        }
        else {
            url += hostname;
        }
        url += route;

        const request = axios.get(url, {
            headers : headers
        });

        request.then(response => {
            if(response.status == 200){
                callback(response.data);
            }
            else {
                node.status({ fill: "red", shape: "ring", text: "Error: " + response.statusText });
            }
        })
        .catch(error => {
            node.status({ fill: "red", shape: "ring", text: "Error: " + error });
        });
    }

    // Note that this function has a reduced timeout.
    function shellyTryGet(route, node, timeout, hostname, callback, errorCallback){

        // We avoid an invalid timeout by taking a default if 0.
        let requestTimeout = timeout;
        if(requestTimeout <= 0){
            requestTimeout = 5000;
        }

        let headers = {};
        if(node.credentials.username !== undefined && node.credentials.password !== undefined) {
            headers.Authorization = "Basic " + Buffer.from(node.credentials.username + ":" + node.credentials.password).toString("base64");
        };

        let url = 'http://';
        if(hostname === undefined){
            url += node.hostname;
        }
        else {
            url += hostname;
        }
        url += route;

        const request = axios.get(url, {}, {
            headers : headers,
            timeout: requestTimeout
        });

        request.then(response => {
            if(response.status == 200){
                callback(response.data);
            }
            else {
                node.status({ fill: "red", shape: "ring", text: "Error: " + response.statusText });
            }
        })
        .catch(error => {
            errorCallback(error);
        });
    }

    // generic REST get wrapper with promise
    function shellyGetAsync(route, node, hostname){
        return new Promise(function (resolve, reject) {

            let headers = {};
            if(node.credentials.username !== undefined && node.credentials.password !== undefined) {
                headers.Authorization = "Basic " + Buffer.from(node.credentials.username + ":" + node.credentials.password).toString("base64");
            };

            let url = 'http://';
            if(hostname === undefined){
                url += node.hostname;
            }
            else {
                url += hostname;
            }
            url += route;
            
            const request = axios.get(url, {}, {
                headers : headers
            });

            request.then(response => {
                if(response.status == 200){
                    resolve(response.data)
                } else {
                    reject(response.statusText);
                }
            })
            .catch(error => {
                reject(error);
            });
          });
    }

    function shellyPing(node, types){
        shellyGet('/shelly', node, node.hostname, function(body) {
            node.shellyInfo = body;

            var found = false;
            for (var i = 0; i < types.length; i++) {
                var type = types[i];

                // Generation 1 devices
                if(node.shellyInfo.type !== undefined){
                    found  = node.shellyInfo.type.startsWith(type)
                    if (found) {
                        break;
                    }    
                } // Generation 2 devices 
                else if(node.shellyInfo.model !== undefined && node.shellyInfo.gen === 2)
                {
                    found  = node.shellyInfo.model.startsWith(type)
                    if (found) {
                        break;
                    }    
                }
            }
            
            if(found){
                node.status({ fill: "green", shape: "ring", text: "Connected." });
            }
            else{
                node.status({ fill: "red", shape: "ring", text: "Shelly type " + node.shellyInfo.type + " is not known." });
            }
        });
    }

    // Starts polling the status.
    function start(node, types){
        if(node.hostname !== ''){    
            shellyPing(node, types);

            if(node.pollInterval > 0) {
                node.timer = setInterval(function() {
                    shellyPing(node, types);

                    if(node.pollStatus){
                        node.emit("input", {});
                    }    
                }, node.pollInterval);
            }
        }
        else {
            node.status({ fill: "red", shape: "ring", text: "Hostname not configured" });
        }
    }

    // --------------------------------------------------------------------------------------------
    // The switch node controls a shelly switch.
    function ShellySwitchNode(config) {
        RED.nodes.createNode(this, config);
        var node = this;
        node.hostname = config.hostname.trim();
        node.pollInterval = parseInt(config.pollinginterval);
        node.pollStatus = config.pollstatus || false;

        /* node.shellyInfo
        GET /shelly
        {
            "type": "SHSW-21",
            "mac": "5ECF7F1632E8",
            "auth": true,
            "fw": "20161223-111304/master@2bc16496",
            "num_outputs": 1
        }
        */

        var types = ["SHPLG-", "SHSW-", "SHUNI-"];
        start(node, types);

        /* when a payload is received in the format
            {
                relay : 0,
                on : true
            }
            or in alternative format 
            {
                relay : 0,
                turn : on/off/toggle
            }
        then the command is send to the shelly.

        The output gets the status of all relays.
        */
        this.on('input', function (msg) {

            var hostname;
            var route = '';
            if(msg.payload !== undefined){
                hostname = msg.payload.hostname;
                var command = msg.payload;

                var relay = 0;
                if(command.relay !== undefined){
                    relay = command.relay;
                }

                var turn;
                if(command.on !== undefined){
                    if(command.on == true){
                        turn = "on";
                    }
                    else{
                        turn = "off"
                    }
                }
                else if(command.turn !== undefined){
                    turn = command.turn;
                }

                if(turn !== undefined){
                    route = "/relay/" + relay + "?turn=" + turn;
                }
            }

            if (route !== ''){
                shellyGet(route, node, hostname, function(body) {
                    shellyGet('/status', node, hostname, function(body) {

                        node.status({ fill: "green", shape: "ring", text: "Connected." });

                        var status = body;
                        msg.status = status;
                        msg.payload = status.relays;
                        node.send([msg]);
                    });
                });
            }
            else {
                shellyGet('/status', node, hostname, function(body) {

                    node.status({ fill: "green", shape: "ring", text: "Connected." });
                        
                    var status = body;
                    msg.status = status;
                    msg.payload = status.relays;
                    node.send([msg]);
                });
            }
        });

    }
    RED.nodes.registerType("shelly-switch", ShellySwitchNode, {
        credentials: {
            username: { type: "text" },
            password: { type: "password" },
        }
    });

/* leakguard corpus: lines 275-1762 pruned */
}

var mongodb = require('./mongodb');
var DB = require('sharedb').DB;
var OpLinkValidator = require('./op-link-validator');
var MiddlewareHandler = require('./src/middleware/middlewareHandler');

module.exports = ShareDbMongo;

function ShareDbMongo(mongo, options) {
  // use without new
  if (!(this instanceof ShareDbMongo)) {
    return new ShareDbMongo(mongo, options);
  }

  if (typeof mongo === 'object') {
    options = mongo;
    mongo = options.mongo;
  }
  if (!options) options = {};

  // pollDelay is a dodgy hack to work around race conditions replicating the
  // data out to the polling target secondaries. If a separate db is specified
  // for polling, it defaults to 300ms
  this.pollDelay = (options.pollDelay != null) ? options.pollDelay :
    (options.mongoPoll) ? 300 : 0;

  // By default, we create indexes on any ops collection that is used
  this.disableIndexCreation = options.disableIndexCreation || false;

  // The getOps() method depends on a separate operations collection, and that
  // collection should have an index on the operations stored there. We could
  // ask people to make these indexes themselves, but by default the mongo
  // driver will do it automatically. This approach will leak memory relative
  // to the number of collections you have. This should be OK, as we are not
  // expecting thousands of mongo collections.

  // Map from collection name -> true for op collections we've ensureIndex'ed
  this.opIndexes = {};

  // Allow $while and $mapReduce queries. These queries let you run arbitrary
  // JS on the server. If users make these queries from the browser, there's
  // security issues.
  this.allowJSQueries = options.allowAllQueries || options.allowJSQueries || false;

  // Aggregate queries are less dangerous, but you can use them to access any
  // data in the mongo database.
  this.allowAggregateQueries = options.allowAllQueries || options.allowAggregateQueries || false;

  // Setting this flag to true will attempt to infer a canonical op link for
  // getOps rather than using the snapshot as the op link. This allows us to
  // not fetch all ops to present when asking only for a subset.
  // For more details on this, see the README.
  this.getOpsWithoutStrictLinking = options.getOpsWithoutStrictLinking || false;

  // Track whether the close method has been called
  this.closed = false;

  this.mongo = null;
  this._mongoClient = null;
  this.mongoPoll = null;
  this._mongoPollClient = null;

  if (typeof mongo === 'string' || typeof mongo === 'function') {
    var self = this;
    this._connection = this._connect(mongo, options)
      .then(function(result) {
        self.mongo = result.mongo;
        self._mongoClient = result.mongoClient;
        self.mongoPoll = result.mongoPoll;
        self._mongoPollClient = result.mongoPollClient;
        return result;
      });
  } else {
    throw new Error('deprecated: pass mongo as url string or function with callback');
  }

  this._middleware = new MiddlewareHandler();
};

ShareDbMongo.prototype = Object.create(DB.prototype);

ShareDbMongo.prototype.projectsSnapshots = true;
/* leakguard corpus: lines 82-739 pruned */
// When getting ops, we need to consider the case where an op is committed to the database,
// but its application to the snapshot is subsequently rejected. This can leave multiple ops
// with the same values for 'd' and 'v', and means that we may return multiple ops for a single
// version if we just perform a naive 'find' operation.
// To avoid this, we try to fetch the first op from 'to' which has a unique 'v', and then we
// work backwards from that op using the linked op 'o' field to get a valid chain of ops.
// See the README for more details.
function getFirstOpWithUniqueVersion(cursor, opLinkValidator, callback) {
  opLinkValidator = opLinkValidator || new OpLinkValidator();

  var opWithUniqueVersion = opLinkValidator.opWithUniqueVersion();

  if (opWithUniqueVersion || opLinkValidator.isAtEndOfList()) {
    var error = null;
    return closeCursor(cursor, callback, error, opWithUniqueVersion);
  }

  cursor.next()
    .then(
      function(op) {
        opLinkValidator.push(op);
        getFirstOpWithUniqueVersion(cursor, opLinkValidator, callback);
      },
      function(error) {
        closeCursor(cursor, callback, error);
      }
    );
}

function closeCursor(cursor, callback, error, returnValue) {
  cursor.close()
    .then(function() {
      callback(error, returnValue);
    }, callback);
}

ShareDbMongo.prototype._getSnapshotOpLink = function(collectionName, id, options, callback) {
  var self = this;
  this.getCollection(collectionName, function(err, collection) {
    if (err) return callback(err);
    var query = {_id: id};
    var projection = {_id: 0, _o: 1, _v: 1};

    var request = createRequestForMiddleware(options, collectionName);
    request.query = query;
    self._middleware.trigger(MiddlewareHandler.Actions.beforeSnapshotLookup, request, function(middlewareErr) {
      if (middlewareErr) return callback(middlewareErr);
      collection.find(query, request.findOptions).limit(1).project(projection).next()
        .then(function(result) {
          callback(null, result);
        }, callback);
    });
  });
};

ShareDbMongo.prototype._getSnapshotOpLinkBulk = function(collectionName, ids, options, callback) {
  var self = this;
  this.getCollection(collectionName, function(err, collection) {
    if (err) return callback(err);
    var query = {_id: {$in: ids}};
    var projection = {_o: 1, _v: 1};

    var request = createRequestForMiddleware(options, collectionName);
    request.query = query;
    self._middleware.trigger(MiddlewareHandler.Actions.beforeSnapshotLookup, request, function(middlewareErr) {
      if (middlewareErr) return callback(middlewareErr);
      collection.find(query, request.findOptions).project(projection).toArray()
        .then(function(result) {
          callback(null, result);
        }, callback);
    });
  });
};


// **** Query methods

ShareDbMongo.prototype._query = function(collection, inputQuery, projection, callback) {
  var parsed = this._getSafeParsedQuery(inputQuery, callback);
  if (!parsed) return;

  // Collection operations such as $aggregate run on the whole
  // collection. Only one operation is run. The result goes in the
  // "extra" argument in the callback.
  if (parsed.collectionOperationKey) {
    collectionOperationsMap[parsed.collectionOperationKey](
      collection,
      parsed.query,
      parsed.collectionOperationValue,
      function(err, extra) {
        if (err) return callback(err);
        callback(null, [], extra);
      }
    );
    return;
  }

  // No collection operations were used. Create an initial cursor for
  // the query, that can be transformed later.
  var cursor = collection.find(parsed.query).project(projection);

  // Cursor transforms such as $skip transform the cursor into a new
  // one. If multiple transforms are specified on inputQuery, they all
  // run.
  for (var key in parsed.cursorTransforms) {
    var transform = cursorTransformsMap[key];
    cursor = transform(cursor, parsed.cursorTransforms[key]);
    if (!cursor) {
      var err = ShareDbMongo.malformedQueryOperatorError(key);
      return callback(err);
    }
  }

  // Cursor operations such as $count run on the cursor, after all
  // transforms. Only one operation is run. The result goes in the
  // "extra" argument in the callback.
  if (parsed.cursorOperationKey) {
    cursorOperationsMap[parsed.cursorOperationKey](
      cursor,
      parsed.cursorOperationValue,
      function(err, extra) {
        if (err) return callback(err);
        callback(null, [], extra);
      }
    );
    return;
  }

  // If no collection operation or cursor operations were used, return
  // an array of snapshots that are passed in the "results" argument
  // in the callback
  cursor.toArray()
    .then(function(result) {
      callback(null, result);
    }, callback);
};
/* leakguard corpus: lines 876-1472 pruned */
var collectionOperationsMap = {
  $distinct: function(collection, query, value, cb) {
    collection.distinct(value.field, query)
      .then(function(result) {
        cb(null, result);
      }, cb);
  },
  $aggregate: function(collection, query, value, cb) {
    var cursor = collection.aggregate(value);
    cursor.toArray()
      .then(function(result) {
        cb(null, result);
      }, cb);
  },
  $mapReduce: function(collection, query, value, cb) {
    if (typeof value !== 'object') {
      var err = ShareDbMongo.malformedQueryOperatorError('$mapReduce');
      return cb(err);
    }
    // This function was removed in mongodb5:
    // https://github.com/mongodb/node-mongodb-native/pull/3511
    if (typeof collection.mapReduce !== 'function') {
      var err = ShareDbMongo.$mapReduceDisabledError();
    }
    var mapReduceOptions = {
      query: query,
      out: {inline: 1},
      scope: value.scope || {}
    };
    collection.mapReduce(value.map, value.reduce, mapReduceOptions)
      .then(function(result) {
        cb(null, result);
      }, cb);
  }
};

var cursorOperationsMap = {
  $count: function(cursor, value, cb) {
    cursor.count()
      .then(function(result) {
        cursor.close();
        cb(null, result);
      }, cb);
  },
  $explain: function(cursor, verbosity, cb) {
    cursor.explain(verbosity)
      .then(function(result) {
        cursor.close();
        cb(null, result);
      }, cb);
  },
  $map: function(cursor, fn, cb) {
    cursor.map(fn)
      .toArray()
      .then(function(result) {
        cursor.close();
        cb(null, result);
      }, cb);
  }
};

var cursorTransformsMap = {
  $batchSize: function(cursor, size) {
    return cursor.batchSize(size);
  },
  $comment: function(cursor, text) {
    return cursor.comment(text);
  },
  $hint: function(cursor, index) {
    return cursor.hint(index);
  },
  $max: function(cursor, value) {
    return cursor.max(value);
  },
  $maxScan: function(cursor, value) {
    return cursor.maxScan(value);
  },
  $maxTimeMS: function(cursor, milliseconds) {
    return cursor.maxTimeMS(milliseconds);
  },
  $min: function(cursor, value) {
    return cursor.min(value);
  },
  $noCursorTimeout: function(cursor) {
    // no argument to cursor method
    return cursor.noCursorTimeout();
  },
  $orderby: function(cursor, value) {
    console.warn('Deprecated: $orderby; Use $sort.');
    return cursor.sort(value);
  },
  $readConcern: function(cursor, level) {
    return cursor.readConcern(level);
  },
  $readPref: function(cursor, value) {
    // The Mongo driver cursor method takes two argments. Our queries
    // have a single value for the '$readPref' property. Interpret as
    // an object with {mode, tagSet}.
    if (typeof value !== 'object') return null;
    return cursor.readPref(value.mode, value.tagSet);
  },
  $returnKey: function(cursor) {
    // no argument to cursor method
    return cursor.returnKey();
  },
  $snapshot: function(cursor) {
    // no argument to cursor method
    return cursor.snapshot();
  },
  $sort: function(cursor, value) {
    return cursor.sort(value);
  },
  $skip: function(cursor, value) {
    return cursor.skip(value);
  },
  $limit: function(cursor, value) {
    return cursor.limit(value);
  },
  $showDiskLoc: function(cursor, value) {
    console.warn('Deprecated: $showDiskLoc; Use $showRecordId.');
    return cursor.showRecordId(value);
  },
  $showRecordId: function(cursor) {
    // no argument to cursor method
    return cursor.showRecordId();
  }
};
/* leakguard corpus: lines 1600-1677 pruned */

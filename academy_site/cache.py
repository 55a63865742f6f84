"""Django's Redis cache, keeping one Redis client per connection pool.

Django's `RedisCacheClient.get_client()` makes a new `redis.Redis` for every cache call, and each
builds its table of a few hundred response callbacks: a page asks the cache four or five times
(session, site, view restrictions, root paths, outlines), so that was rebuilt on every request.
A client only wraps its pool (which holds the connections) and is safe to share between threads;
timeouts, retries and failures are the pool's and behave exactly as before.
"""

from django.core.cache.backends import redis


class RedisCacheClient(redis.RedisCacheClient):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._clients = {}

    def get_client(self, key=None, *, write=False):
        pool = self._get_connection_pool(write)
        client = self._clients.get(id(pool))
        if client is None:
            client = self._clients[id(pool)] = self._client(connection_pool=pool)
        return client


class RedisCache(redis.RedisCache):
    def __init__(self, server, params):
        super().__init__(server, params)
        self._class = RedisCacheClient

"""The class store for several replicas: Redis, when ATTENTION_LAB_REDIS_URL is set.

Keys of one class share a hash tag (`attention-lab:{K7Q2}:…`, one cluster slot) and expire
with the class (+ its grace): the class hash gets its TTL when created and every key made later
copies the class's remaining TTL. Each operation that checks and then writes is one Lua script,
which Redis runs atomically: create a code once, join under the limit, number a question, and
answer once (HSETNX) only while the question is current and unrevealed.
"""

from __future__ import annotations

import math

import redis

from classroom.records import GRACE_SECONDS, ClassInfo, Question
from classroom.store import Answered, ClassStore, Joined

_CREATE = """
if redis.call('EXISTS', KEYS[1]) == 1 then return 0 end
redis.call('HSET', KEYS[1], 'teacher_hash', ARGV[2], 'created', ARGV[3], 'expires', ARGV[4], 'current', ARGV[5])
redis.call('PEXPIRE', KEYS[1], ARGV[1])
return 1
"""
_END = """
local expires = redis.call('HGET', KEYS[1], 'expires')
if expires and tonumber(expires) > tonumber(ARGV[1]) then redis.call('HSET', KEYS[1], 'expires', ARGV[1]) end
"""
_JOIN = """
local ttl = redis.call('PTTL', KEYS[1])
if ttl < 0 then return 'no_class' end
if redis.call('HEXISTS', KEYS[2], ARGV[1]) == 1 then return 'ok' end
if redis.call('HLEN', KEYS[2]) >= tonumber(ARGV[3]) then return 'full' end
redis.call('HSET', KEYS[2], ARGV[1], ARGV[2])
redis.call('PEXPIRE', KEYS[2], ttl)
return 'ok'
"""
_ASK = """
local ttl = redis.call('PTTL', KEYS[1])
if ttl < 0 then return 0 end
local n = redis.call('HINCRBY', KEYS[1], 'current', 1)
redis.call('HSET', KEYS[2], n, ARGV[1])
redis.call('PEXPIRE', KEYS[2], ttl)
return n
"""
_REVEAL = """
local ttl = redis.call('PTTL', KEYS[3])
if ttl < 0 or redis.call('HEXISTS', KEYS[1], ARGV[1]) == 0 then return 0 end
redis.call('SADD', KEYS[2], ARGV[1])
redis.call('PEXPIRE', KEYS[2], ttl)
return 1
"""
_ANSWER = """
local ttl = redis.call('PTTL', KEYS[1])
if ttl < 0 then return 'closed' end
if redis.call('HEXISTS', KEYS[2], ARGV[2]) == 0 then return 'not_student' end
if redis.call('HGET', KEYS[1], 'current') ~= ARGV[1] then return 'closed' end
if redis.call('SISMEMBER', KEYS[3], ARGV[1]) == 1 then return 'closed' end
if redis.call('HSETNX', KEYS[4], ARGV[2], ARGV[3]) == 0 then return 'twice' end
redis.call('PEXPIRE', KEYS[4], ttl)
return 'ok'
"""
_PLACE = """
local ttl = redis.call('PTTL', KEYS[1])
if ttl > 0 then redis.call('SET', KEYS[2], ARGV[1], 'PX', ttl) end
"""


class RedisStore(ClassStore):
    """`ClassStore` on a Redis server; any number of replicas may share one."""

    def __init__(self, url: str, prefix: str = "attention-lab:") -> None:
        self._r = redis.Redis.from_url(url, decode_responses=True, socket_timeout=10, health_check_interval=30)
        self._prefix = prefix
        self._create, self._end, self._join, self._ask, self._reveal, self._answer, self._place = (
            self._r.register_script(s) for s in (_CREATE, _END, _JOIN, _ASK, _REVEAL, _ANSWER, _PLACE)
        )

    def _key(self, code: str, part: str) -> str:
        return f"{self._prefix}{{{code}}}:{part}"

    def close(self) -> None:
        self._r.close()

    def create_class(self, info: ClassInfo, now: float) -> bool:
        ttl_ms = max(1, math.ceil((info.expires + GRACE_SECONDS - now) * 1000))
        fields = [repr(info.created), repr(info.expires), str(info.current)]
        return self._create(keys=[self._key(info.code, "class")], args=[ttl_ms, info.teacher_hash, *fields]) == 1

    def get_class(self, code: str) -> ClassInfo | None:
        d = self._r.hgetall(self._key(code, "class"))
        if not d:
            return None
        return ClassInfo(code, d["teacher_hash"], float(d["created"]), float(d["expires"]), int(d["current"]))

    def end_class(self, code: str, now: float) -> None:
        self._end(keys=[self._key(code, "class")], args=[repr(now)])

    def add_student(self, code: str, student: str, nickname: str, limit: int) -> Joined:
        keys = [self._key(code, "class"), self._key(code, "students")]
        return Joined(self._join(keys=keys, args=[student, nickname, limit]))

    def nickname(self, code: str, student: str) -> str | None:
        return self._r.hget(self._key(code, "students"), student)

    def nicknames(self, code: str) -> list[str]:
        return self._r.hvals(self._key(code, "students"))  # insertion order while the hash is small

    def add_question(self, code: str, question: Question) -> int:
        number = self._ask(keys=[self._key(code, "class"), self._key(code, "questions")], args=[question.to_json()])
        if not number:
            raise KeyError(code)
        return int(number)

    def get_question(self, code: str, number: int) -> Question | None:
        with self._r.pipeline(transaction=False) as p:
            p.hget(self._key(code, "questions"), number)
            p.sismember(self._key(code, "revealed"), number)
            body, revealed = p.execute()
        return Question.from_json(number, body, bool(revealed)) if body else None

    def reveal(self, code: str, number: int) -> bool:
        keys = [self._key(code, "questions"), self._key(code, "revealed"), self._key(code, "class")]
        return self._reveal(keys=keys, args=[number]) == 1

    def record_answer(self, code: str, number: int, student: str, choice: int) -> Answered:
        keys = [self._key(code, part) for part in ("class", "students", "revealed", f"answers:{number}")]
        return Answered(self._answer(keys=keys, args=[number, student, choice]))

    def answers(self, code: str, number: int) -> dict[str, int]:
        return {k: int(v) for k, v in self._r.hgetall(self._key(code, f"answers:{number}")).items()}

    def answer_of(self, code: str, number: int, student: str) -> int | None:
        value = self._r.hget(self._key(code, f"answers:{number}"), student)
        return None if value is None else int(value)

    def set_place(self, code: str, place: str) -> None:
        self._place(keys=[self._key(code, "class"), self._key(code, "place")], args=[place])

    def place(self, code: str) -> str | None:
        return self._r.get(self._key(code, "place"))

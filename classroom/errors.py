"""What can go wrong in a class, as typed errors the UI turns into a translated message.

Every error carries `key`, the translation key of its message (locales/*.json), and `params`
for its placeholders, so a page shows `t(err.key, **err.params)` and never the raw exception.
"""

from __future__ import annotations


class ClassError(Exception):
    """Base of every classroom error; `str(err)` is an English message for logs and tests."""

    key = "class_error"

    def __init__(self, message: str, **params: object) -> None:
        super().__init__(message)
        self.params = params


class UnknownCode(ClassError):
    """No class has this code (mistyped, never existed, or long gone)."""

    key = "class_error_unknown_code"


class ClassExpired(ClassError):
    """The class existed but has ended (its hours ran out or the teacher ended it)."""

    key = "class_error_expired"


class NotTeacher(ClassError):
    """The caller's teacher token is missing or wrong: only the teacher may ask, reveal or see the tally."""

    key = "class_error_not_teacher"


class NotAStudent(ClassError):
    """The caller's student id has not joined this class."""

    key = "class_error_not_student"


class ClassFull(ClassError):
    """The class has reached its student limit."""

    key = "class_error_full"


class AlreadyAnswered(ClassError):
    """This student has answered this question; the first answer stands."""

    key = "class_error_already_answered"


class QuestionClosed(ClassError):
    """The question was revealed or the teacher has moved on: answers are closed."""

    key = "class_error_closed"


class BadAnswer(ClassError):
    """The answer is not one of the question's choices."""

    key = "class_error_bad_answer"

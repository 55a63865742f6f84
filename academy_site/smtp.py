"""Django's SMTP backend, one step finer: the sender is told just before the final line of the
message goes, the line that makes the server accept it. A send cut off before then is not
delivered (RFC 5321 §4.1.1.4), so it may safely be tried again; one cut off after may have been."""

import re
import smtplib

from django.core.mail.backends import smtp


class _HandOverMixin:
    before_final_dot = None

    def data(self, msg):
        if self.before_final_dot is None:
            return super().data(msg)
        self.putcmd("data")
        code, reply = self.getreply()
        if code != 354:
            raise smtplib.SMTPDataError(code, reply)
        quoted = re.sub(rb"(?m)^\.", b"..", msg)
        if not quoted.endswith(b"\r\n"):
            quoted += b"\r\n"
        self.send(quoted)
        try:
            self.before_final_dot()
        except BaseException:
            self.close()  # without its final line the server discards the message
            raise
        self.send(b".\r\n")
        return self.getreply()


class _SMTP(_HandOverMixin, smtplib.SMTP):
    pass


class _SMTPSSL(_HandOverMixin, smtplib.SMTP_SSL):
    pass


class EmailBackend(smtp.EmailBackend):
    """Calls `before_final_dot()` (when set) once per message, before the server can accept it."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.before_final_dot = None

    @property
    def connection_class(self):
        return _SMTPSSL if self.use_ssl else _SMTP

    def _send(self, email_message):
        self.connection.before_final_dot = self.before_final_dot
        return super()._send(email_message)

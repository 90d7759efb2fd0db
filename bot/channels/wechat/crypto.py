"""WeChat message signing and encryption (official-account "safe mode").

signature = sha1(sorted(token, timestamp, nonce)); msg_signature adds the ciphertext.
Encryption: AES-256-CBC, key = base64(EncodingAESKey + "="), IV = key[:16],
plaintext = random16 + 4-byte big-endian length + message + appid, PKCS#7 padded to 32 bytes.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import os
import struct

from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

BLOCK = 32


class WeChatCryptoError(Exception):
    pass


def sha1_signature(*parts: str) -> str:
    return hashlib.sha1("".join(sorted(parts)).encode()).hexdigest()


def check_signature(token: str, signature: str | None, timestamp: str | None, nonce: str | None) -> bool:
    if not (signature and timestamp and nonce):
        return False
    return hmac.compare_digest(sha1_signature(token, timestamp, nonce), signature.lower())


def check_msg_signature(
    token: str, msg_signature: str | None, timestamp: str | None, nonce: str | None, encrypted: str
) -> bool:
    if not (msg_signature and timestamp and nonce):
        return False
    return hmac.compare_digest(sha1_signature(token, timestamp, nonce, encrypted), msg_signature.lower())


class WeChatCipher:
    def __init__(self, encoding_aes_key: str, appid: str) -> None:
        if len(encoding_aes_key) != 43:
            raise WeChatCryptoError("EncodingAESKey must have 43 characters")
        self.key = base64.b64decode(encoding_aes_key + "=")
        self.appid = appid

    def _cipher(self) -> Cipher:
        return Cipher(algorithms.AES(self.key), modes.CBC(self.key[:16]))

    def encrypt(self, message: str, random16: bytes | None = None) -> str:
        body = (
            (random16 or os.urandom(16))
            + struct.pack(">I", len(message.encode()))
            + message.encode()
            + self.appid.encode()
        )
        pad = BLOCK - len(body) % BLOCK
        body += bytes([pad]) * pad
        enc = self._cipher().encryptor()
        return base64.b64encode(enc.update(body) + enc.finalize()).decode()

    def decrypt(self, encrypted: str) -> str:
        try:
            raw = base64.b64decode(encrypted)
            dec = self._cipher().decryptor()
            body = dec.update(raw) + dec.finalize()
        except (ValueError, TypeError) as exc:
            raise WeChatCryptoError("cannot decrypt") from exc
        if not body:
            raise WeChatCryptoError("empty message")
        pad = body[-1]
        if pad < 1 or pad > BLOCK:
            raise WeChatCryptoError("bad padding")
        body = body[:-pad]
        if len(body) < 20:
            raise WeChatCryptoError("message too short")
        (length,) = struct.unpack(">I", body[16:20])
        message, appid = body[20 : 20 + length], body[20 + length :]
        if appid.decode(errors="replace") != self.appid:
            raise WeChatCryptoError("appid does not match")
        return message.decode()

"""Reading what YAML gives: a register's field may hold anything, so code that expects a mapping or a
list asks for one through these, and gets an empty one where the field holds something else."""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any
from urllib.parse import SplitResult, urlsplit

from .lazyre import lazy_compile


def mapping(value: Any) -> dict[str, Any]:
    """``value`` where it is a mapping, else an empty one."""
    return value if isinstance(value, dict) else {}


def contact_places(org: Any) -> list[dict]:
    """The organisation and those it names for privacy questions (its privacy contact, each DPO): where the
    register may give a way to reach it."""
    return [org, mapping(org.get("privacy_contact")), *[d for d in as_list(org.get("dpo")) if isinstance(d, dict)]]


def as_list(value: Any) -> list:
    """``value`` where it is a list, else a list of it (none for None)."""
    if isinstance(value, list):
        return value
    return [] if value is None else [value]


def dicts(value: Any) -> list[dict]:
    """The mappings in ``value`` (a list, or one item)."""
    # the rules ask this a million times over 10,000 activities: the common cases first, without a call
    if value is None:
        return []
    if type(value) is list:
        return [v for v in value if isinstance(v, dict)]
    return [v for v in as_list(value) if isinstance(v, dict)]


def parental(value: Any) -> int | bool:
    """``consent.parental`` as a register gives it: the age below which a parent consents for a child
    (``parental: 18``), True where a parent consents below the age the law sets, False where none is asked."""
    if type(value) is int and value > 0:
        return value
    return value is True


def requirements(provision: Any) -> list[str]:
    """What `provision.requirement` names: one requirement, or several ("needed for the contract and required by
    law": [contractual, statutory]); none where it names nothing usable."""
    return [r for r in as_list(mapping(provision).get("requirement")) if isinstance(r, str)]


def url_split(value: str) -> SplitResult:
    """``urlsplit`` of an address, or of none where it is not well formed ("https://[host", a bracket that opens
    an IPv6 address and never closes, which ``urlsplit`` rejects): the schema refuses it, but the rules still
    read the other fields of a file with a schema error."""
    try:
        return urlsplit(value)
    except ValueError:
        return urlsplit("")


def mail_domain(value: str) -> str:
    """The registered domain of an e-mail address or web address ("info@mail.voorbeeld.nl" and
    "https://www.voorbeeld.nl/x" are both voorbeeld.nl)."""
    value = value.strip().lower()
    host = (
        value.split("@", 1)[1] if "@" in value else (url_split(value if "//" in value else f"//{value}").hostname or "")
    )
    parts = host.strip(".").split(".")
    return ".".join(parts[-2:]) if len(parts) >= 2 else host


# the mailbox anyone at the organisation reads ("info@", "contact@"), and one for privacy questions ("privacy@", "fg@")
GENERAL_MAILBOX = lazy_compile(
    r"(info|contact|kontakt|office|hello|hallo|mail|post|admin|administratie|secretariaat|sekretariat|receptie|"
    r"team|service|support|klantenservice|welkom|bureau|buero|büro)@",
    re.I,
)
PRIVACY_MAILBOX = lazy_compile(
    r"(privacy|fg|dpo|dpd|avg|gdpr|rgpd|dsgvo|datenschutz|data[._-]?protection|gegevensbescherming|dsb)[\w.-]*@",
    re.I,
)


def general_mailbox(address: str, org: Mapping[str, Any]) -> bool:
    """Whether an e-mail address is the organisation's general mailbox: its own `email`, or info@, contact@ and
    the like on its own domain (its e-mail's or website's). A mailbox for privacy questions is none, and info@ of
    another domain (an external DPO's firm) is that firm's."""
    address = address.strip().lower().removeprefix("mailto:")
    if PRIVACY_MAILBOX.match(address):
        return False
    email, website = org.get("email"), org.get("website")
    if isinstance(email, str) and address == email.strip().lower().removeprefix("mailto:"):
        return True
    own = {mail_domain(v) for v in (email, website) if isinstance(v, str) and v.strip()}
    return GENERAL_MAILBOX.match(address) is not None and mail_domain(address) in own

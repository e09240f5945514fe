"""What managers and admins do without a window, each action checked against the person's
role in the core and written to the audit log: `packstation settings`, `packstation audit`,
`packstation purge`, `packstation staff add|unlock`, `packstation packaging add`. The badge is given with --badge; the PIN is
asked for (or read from PACKSTATION_PIN, for scripts), never taken on the command line where
the shell keeps it."""

from __future__ import annotations

import argparse
import getpass
import json
import os
import socket
import sys
from dataclasses import asdict
from typing import TYPE_CHECKING

from packstation.cli.commands import (
    EXIT_OK,
    EXIT_REJECTED,
    EXIT_UNUSABLE,
    CommandError,
    guarded,
    new_pin,
    open_app,
)
from packstation.storage.models import Packer, Role

if TYPE_CHECKING:
    from packstation.core.settings import ShopSettings

PIN_ENV = "PACKSTATION_PIN"


def _here() -> str:
    """The station the command line of this computer is, for the PIN guard and the audit log."""
    return f"command line on {socket.gethostname()}"[:80]


def _person(session: object, badge: str | None, at_least: Role, doing: str) -> Packer:
    from packstation.core.staff import authorize

    if not badge:
        raise CommandError(f"{doing} needs --badge (and the PIN)", EXIT_UNUSABLE)
    pin = os.environ.get(PIN_ENV) or (getpass.getpass(f"PIN for {badge}: ") if sys.stdin.isatty() else "")
    try:
        # the command line of this computer counts as one station: a script guessing is slowed too
        return authorize(session, badge, pin, at_least, doing, _here())  # type: ignore[arg-type]
    except PermissionError as exc:
        raise CommandError(str(exc), EXIT_REJECTED) from exc


@guarded
def cmd_settings(args: argparse.Namespace) -> int:
    from packstation.core.admin import change_settings
    from packstation.core.settings import declaration_of, load_settings

    app = open_app(args)
    try:
        if args.action in ("show", "list"):
            with app.sessions() as session:
                settings = load_settings(session)
            if args.action == "list":
                print(settings_listing(settings))
                return EXIT_OK
            json.dump(asdict(settings), sys.stdout, ensure_ascii=False, indent=1, default=str)
            print()
            return EXIT_OK
        if not args.name or args.value is None:
            raise CommandError("settings set NAME VALUE", EXIT_UNUSABLE)
        try:  # the value as the setting takes it: `set rma_prefix 2024` is the text 2024
            value = declaration_of(args.name).from_text(args.value)
        except KeyError:  # the core says what is wrong with the name (a secret, or no such setting)
            value = args.value
        with app.sessions.begin() as session:
            manager = _person(session, args.badge, Role.MANAGER, "changing the settings")
            try:
                change_settings(session, manager, {args.name: value}, station="command line")
            except KeyError as exc:
                raise CommandError(str(exc.args[0]), EXIT_UNUSABLE) from exc
            except ValueError as exc:
                raise CommandError(str(exc), EXIT_UNUSABLE) from exc
            except PermissionError as exc:
                raise CommandError(str(exc), EXIT_REJECTED) from exc
        print(f"{args.name} = {json.dumps(value, ensure_ascii=False)} (changed by {manager.name})")
        return EXIT_OK
    finally:
        app.close()


def settings_listing(settings: ShopSettings) -> str:
    """Every setting by its group of the Settings screen: its value now, what it takes, its label
    and its help — as declared, in English."""
    from packstation.core.setting_declaration import SettingsGroup
    from packstation.core.settings import in_group

    lines = []
    for group in SettingsGroup:
        lines.append(f"Settings › {group.heading}")
        for declaration in in_group(group):
            value = json.dumps(getattr(settings, declaration.name), ensure_ascii=False)
            lines.append(f"  {declaration.name} = {value}")
            lines.append(f"      {declaration.label}: {declaration.takes()}")
            lines.append(f"      {declaration.help}")
        lines.append("")
    lines.append("change one: packstation settings set NAME VALUE --badge M-… (a manager; audited)")
    return "\n".join(lines)


@guarded
def cmd_audit(args: argparse.Namespace) -> int:
    from packstation.core.staff import audit_log

    app = open_app(args)
    try:
        with app.sessions() as session:
            _person(session, args.badge, Role.MANAGER, "reading the audit log")
            entries = audit_log(session, limit=args.limit)
        if not entries:
            print("the audit log is empty: no manager or admin has changed anything yet")
        for e in entries:
            detail = json.dumps(e.detail, ensure_ascii=False) if e.detail else ""
            who = f"{e.actor} ({e.role})" if e.role else e.actor  # a wrong PIN: whoever typed it is unknown
            print(f"{e.at:%Y-%m-%d %H:%M}  {who}  {e.action}: {e.subject}  {e.station}  {detail}".rstrip())
        return EXIT_OK
    finally:
        app.close()


@guarded
def cmd_purge(args: argparse.Namespace) -> int:
    from packstation.core.purge import parse_age, purge_personal_data

    try:
        age = parse_age(args.older_than)
    except ValueError as exc:
        raise CommandError(f"--older-than: {exc}", EXIT_UNUSABLE) from exc
    app = open_app(args)
    try:
        with app.sessions.begin() as session:
            admin = _person(session, args.badge, Role.ADMIN, "purging personal data")
            try:
                report = purge_personal_data(session, admin, age)
            except ValueError as exc:
                raise CommandError(f"--older-than: {exc}", EXIT_UNUSABLE) from exc
    finally:
        app.close()
    print(f"anonymised {report.customers} customers ({report.orders} orders, {report.messages} follow-ups, "
          f"{report.documents} spooled print files deleted); the figures are kept")  # fmt: skip
    return EXIT_OK


NEW_PIN_ENV = "PACKSTATION_NEW_PIN"  # a new manager's or admin's PIN, for scripts


def _add_person(args: argparse.Namespace) -> int:
    """`staff add NAME NEW_BADGE`: a packer added by a manager, a manager or admin by an admin
    (with a PIN of their own); through core/admin.add_person, the Settings screen's way."""
    from packstation.core.admin import add_person
    from packstation.core.staff import ARTICLE

    role = Role(args.role)
    app = open_app(args)
    try:
        with app.sessions.begin() as session:
            # who may add them, first: nobody types a new PIN twice only to be refused
            actor = _person(session, args.badge, Role.MANAGER if role is Role.PACKER else Role.ADMIN,
                            f"adding {args.name} as {ARTICLE[role]}")  # fmt: skip
            pin = None
            if role is not Role.PACKER:
                pin = new_pin(NEW_PIN_ENV, args.name, "nobody was added")
                if not pin:
                    raise CommandError(f"not added: {ARTICLE[role]} needs a PIN of their own: "
                                       f"type it twice, or give it in ${NEW_PIN_ENV}", EXIT_UNUSABLE)  # fmt: skip
            try:
                person = add_person(session, actor, args.name, args.new_badge.strip(), role, pin,
                                    args.station or _here())  # fmt: skip
            except ValueError as exc:
                raise CommandError(f"not added: {exc}", EXIT_UNUSABLE) from exc
            except PermissionError as exc:
                raise CommandError(f"not added: {exc}", EXIT_REJECTED) from exc
            said = f"added {person.name}, {person.role.value}, badge {person.badge}"
    finally:
        app.close()
    print(said)
    return EXIT_OK


@guarded
def cmd_staff(args: argparse.Namespace) -> int:
    """`staff unlock BADGE`: a manager or admin lifts a lockout (core/pin_guard.py), audited;
    `staff add NAME NEW_BADGE`: a new member of staff."""
    from packstation.core.admin import unlock_badge

    if args.staff_command == "add":
        return _add_person(args)
    app = open_app(args)
    try:
        with app.sessions.begin() as session:
            manager = _person(session, args.badge, Role.MANAGER, "unlocking a badge")
            try:
                done = unlock_badge(session, manager, args.locked_badge, args.station or _here())
            except ValueError as exc:
                raise CommandError(str(exc), EXIT_UNUSABLE) from exc
    finally:
        app.close()
    badge = args.locked_badge.strip()
    print(f"{badge}: unlocked, its PIN can be tried again" if done else f"{badge}: was not locked")
    return EXIT_OK


def add_packaging(args: argparse.Namespace) -> int:
    """`packaging add CODE NAME`: a packaging for the catalogue, checked and audited as the
    Settings › Packaging page does (core/catalogue.save_packaging). For a code the catalogue
    has, only what is given changes; a disposal text is changed in its language only."""
    from dataclasses import replace

    from sqlalchemy import select

    from packstation.core.catalogue import PackagingEntry, save_packaging
    from packstation.storage.models import Packaging

    disposal = {}
    for given in args.disposal:
        language, _, text = given.partition("=")
        if not text.strip():
            raise CommandError(
                f"--disposal {given!r}: write it as LANG=TEXT, e.g. cs=Krabici rozložte…", EXIT_UNUSABLE
            )
        disposal[language.strip()] = text
    options = {"kind": args.kind, "size": args.size, "weight_grams": args.weight_grams,
               "recycled_content_pct": args.recycled_pct, "recyclable": args.recyclable,
               "home_compostable": args.home_compostable, "plastic_grams": args.plastic_grams,
               "co2e_grams": args.co2e_grams}  # fmt: skip
    code = args.code.strip().upper()
    app = open_app(args)
    try:
        with app.sessions.begin() as session:
            manager = _person(session, args.badge, Role.MANAGER, "changing the packaging catalogue")
            known = session.scalars(select(Packaging).where(Packaging.code == code)).first()
            base = PackagingEntry.of(known) if known is not None else PackagingEntry(args.code, args.name)
            entry = replace(base, name=args.name, disposal={**base.disposal, **disposal},
                            **{name: value for name, value in options.items() if value is not None})  # fmt: skip
            try:
                changed = save_packaging(session, manager, entry, _here())
            except ValueError as exc:
                raise CommandError(f"not stored: {exc}", EXIT_UNUSABLE) from exc
            except PermissionError as exc:
                raise CommandError(f"not stored: {exc}", EXIT_REJECTED) from exc
    finally:
        app.close()
    print(f"{code}: stored ({', '.join(changed)})" if changed else f"{code}: nothing changed")
    return EXIT_OK


HANDLERS = {"settings": cmd_settings, "audit": cmd_audit, "purge": cmd_purge, "staff": cmd_staff}

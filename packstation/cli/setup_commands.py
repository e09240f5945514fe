"""`packstation setup`: a shop's first day from a script — its name, return address, support
contacts, website and links, and on an empty database its first admin — one flag per answer,
through the same checks and audit as the window's first-run wizard. `--check` lists what the
inserts and follow-ups still need."""

from __future__ import annotations

import argparse

from packstation.cli.admin_commands import PIN_ENV, _person
from packstation.cli.commands import (
    EXIT_OK,
    EXIT_REJECTED,
    EXIT_UNUSABLE,
    CommandError,
    guarded,
    new_pin,
    open_app,
)
from packstation.storage.models import Role

LINK_FLAGS = {  # flag's name -> the setting it sets
    "voucher_url": "voucher_redeem_url",
    "returns_url": "return_portal_url",
    "review_url": "review_url",
    "unsubscribe_url": "unsubscribe_url",
    "referral_url": "referral_url",
}


def _answers(args: argparse.Namespace) -> object:
    from packstation.core.shop_setup import Answers, ReturnAddress

    logo = ""
    if args.logo:
        from pathlib import Path

        path = Path(args.logo).expanduser()
        if not path.is_file():
            raise CommandError(f"--logo {args.logo}: no such file", EXIT_UNUSABLE)
        if path.suffix.lower() not in (".png", ".jpg", ".jpeg"):
            raise CommandError(f"--logo {args.logo}: a PNG or JPEG file, please", EXIT_UNUSABLE)
        logo = str(path.resolve())
    return Answers(
        shop_name=args.shop_name or "", website=args.website or "", platform=args.platform or "",
        support_email=args.support_email or "", support_phone=args.support_phone or "",
        primary_color=args.primary_color or "", accent_color=args.accent_color or "", logo_path=logo,
        return_address=ReturnAddress(args.return_name or "", args.return_street or "", args.return_postcode or "",
                                     args.return_city or "", args.return_country or ""),
        links={setting: getattr(args, flag) or "" for flag, setting in LINK_FLAGS.items()},
    )  # fmt: skip


#: what stops a bench from completing its first order (core/catalogue.packaging_missing)
NO_PACKAGING = (
    "the packaging catalogue is empty, and completing an order asks for its packaging: "
    "Settings › Packaging, or `packstation packaging add CODE NAME --badge BADGE` "
    "(or `packstation settings set bench_require_packaging false`)"
)


def _report_missing(session: object, bench_counts: bool) -> int:
    """What is still to set, said; not zero when something is (`bench_counts`: also when only
    the bench is not ready — for `--check`; a set-up that stored its answers succeeded)."""
    from packstation.core.catalogue import packaging_missing
    from packstation.core.shop_setup import still_missing

    needs = still_missing(session)  # type: ignore[arg-type]
    bench = [NO_PACKAGING] if packaging_missing(session) else []  # type: ignore[arg-type]
    if not needs and not bench:
        print("ready: the inserts and the follow-ups have everything they need, and the bench can pack")
        return EXIT_OK
    if needs:
        print("still to set:")
    for need in needs:
        used = ", ".join([*need.kinds, *need.messages])
        print(f"  - {need.what} (for {used}): {need.window}, or --{need.flags.removeprefix('--')}")
    if not needs:
        print("the inserts and the follow-ups have everything they need; the bench does not yet:")
    for missing_at_the_bench in bench:
        print(f"  - {missing_at_the_bench}")
    return EXIT_REJECTED if needs or bench_counts else EXIT_OK


@guarded
def cmd_setup(args: argparse.Namespace) -> int:
    from packstation.core.shop_setup import derived_links, first_admin, has_managers, set_up

    app = open_app(args)
    try:
        if args.check:
            with app.sessions() as session:
                return _report_missing(session, bench_counts=True)
        answers = _answers(args)
        admin = ""  # said once it is stored, with the rest
        with app.sessions.begin() as session:  # all answers stored, or none
            try:
                if args.admin_name or args.admin_badge:
                    if has_managers(session):
                        raise CommandError("this shop has its managers already: sign in with --badge instead "
                                           "(an admin adds people in Settings › Staff)", EXIT_REJECTED)  # fmt: skip
                    actor = first_admin(session, args.admin_name or "", args.admin_badge or "",
                                        new_pin(PIN_ENV, args.admin_badge or "", "nothing was stored"))  # fmt: skip
                    admin = f"first admin: {actor.name}, badge {actor.badge}"
                elif not has_managers(session):
                    raise CommandError(
                        "this shop has no manager yet: give its first admin with --admin-name and "
                        f"--admin-badge (the PIN from ${PIN_ENV} or asked for)",
                        EXIT_UNUSABLE,
                    )
                else:
                    actor = _person(session, args.badge, Role.MANAGER, "set up the shop")
                changed = set_up(session, actor, answers, args.station)  # type: ignore[arg-type]
            except (ValueError, PermissionError) as exc:
                raise CommandError(f"{exc}: nothing was stored", EXIT_UNUSABLE) from exc
        if admin:
            print(admin)
        derived = derived_links(args.website or "", args.platform or "")
        for key, link in derived.items():
            if key in changed and not args.__dict__.get(next(f for f, s in LINK_FLAGS.items() if s == key)):
                print(f"{key}: {link} (the {args.platform} pattern on your website)")
        print(f"set: {', '.join(changed) if changed else 'nothing changed'}")
        with app.sessions() as session:
            return _report_missing(session, bench_counts=False)
    finally:
        app.close()


HANDLERS = {"setup": cmd_setup}

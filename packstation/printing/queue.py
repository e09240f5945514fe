"""The print queue: every document is spooled and recorded before it is sent, so a printer
that refuses (out of paper, switched off, unplugged) loses nothing: the job stays in the queue
with its error until someone retries it."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from packstation.printing.files import place_new
from packstation.printing.targets import PrinterError, parse_target, send
from packstation.storage.models import PrintJob, PrintJobStatus


def spool(document: Path, spool_dir: Path, name: str) -> Path:
    """A copy of `document` in the spool, never over another database's job of the same number."""
    return place_new(document, spool_dir, name)


def submit(
    sessions: sessionmaker[Session],
    document: Path,
    target: str,
    spool_dir: Path,
    *,
    kinds: str,
    order_number: str | None = None,
    station: str = "",
    owed: int | None = None,
) -> PrintJob:
    """Spool `document`, record the job, then try to print it once. `owed` is the print an
    order's packing queued (printing/requests.py): it becomes this job instead of a new one."""
    parse_target(target)  # a bad setting is refused before anything is queued
    with sessions.begin() as session:
        job = session.get(PrintJob, owed) if owed is not None else None
        if job is None:
            job = PrintJob(
                created_at=datetime.now(UTC), station=station, order_number=order_number, kinds=kinds,
                target=target, document="", status=PrintJobStatus.QUEUED, attempts=0,
            )  # fmt: skip
            session.add(job)
        job.target, job.kinds = target, kinds
        session.flush()
        job.document = str(spool(document, spool_dir, f"job-{job.id:07d}-{document.name}"))
    return attempt(sessions, job.id)


def attempt(sessions: sessionmaker[Session], job_id: int) -> PrintJob:
    """Send a queued or failed job to its printer and record the outcome."""
    with sessions() as session:
        job = session.get(PrintJob, job_id)
        if job is None:
            raise LookupError(f"no print job {job_id}")
        target, document = parse_target(job.target), Path(job.document)
        title = f"packstation {job.order_number or ''} {job.kinds}".strip()
    error = None
    try:
        if not document.is_file():
            raise PrinterError(f"the spooled document {document} is gone")
        send(target, document, title)
    except PrinterError as exc:
        error = str(exc)
    with sessions.begin() as session:
        job = session.get(PrintJob, job_id)
        assert job is not None
        job.attempts += 1
        job.last_error = error
        job.status = PrintJobStatus.FAILED if error else PrintJobStatus.PRINTED
        job.printed_at = None if error else datetime.now(UTC)
    return job


def jobs(sessions: sessionmaker[Session], status: PrintJobStatus | None = None) -> list[PrintJob]:
    with sessions() as session:
        statement = select(PrintJob).order_by(PrintJob.id)
        if status is not None:
            statement = statement.where(PrintJob.status == status)
        return list(session.scalars(statement))


def retry_failed(sessions: sessionmaker[Session]) -> list[PrintJob]:
    return [attempt(sessions, job.id) for job in jobs(sessions, PrintJobStatus.FAILED)]


def cancel_jobs(sessions: sessionmaker[Session], job_ids: list[int]) -> int:
    """Give up on jobs that have not printed (the parcel left without them, or they were
    printed some other way); returns how many were cancelled."""
    with sessions.begin() as session:
        cancelled = 0
        for job in session.scalars(select(PrintJob).where(PrintJob.id.in_(job_ids))):
            if job.status in (PrintJobStatus.QUEUED, PrintJobStatus.FAILED):
                job.status = PrintJobStatus.CANCELLED
                cancelled += 1
        return cancelled

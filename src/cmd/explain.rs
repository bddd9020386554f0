//! `blotter extract --explain`: every fact with the sentence and offsets it came from.

use anyhow::Result;
use blotter::model::{Agent, Extraction, PlaceRef, Span};
use std::io::Write;

fn at(ex: &Extraction, span: Span) -> String {
    let s = ex.sentence_of(span).map(|i| ex.sentences[i]).unwrap_or(span);
    format!(
        "[{}..{}] \"{}\"\n        in: {}",
        span.begin,
        span.end,
        &ex.text[span.begin..span.end],
        &ex.text[s.begin..s.end]
    )
}

pub fn write(w: &mut dyn Write, ex: &Extraction) -> Result<()> {
    writeln!(
        w,
        "== {} (sha256:{})",
        ex.article.source,
        &ex.article.content_hash[..16]
    )?;
    if let Some(t) = &ex.article.title {
        writeln!(w, "   headline: {t}")?;
    }
    if let Some(d) = &ex.article.published {
        writeln!(w, "   published: {d}")?;
    }
    for o in &ex.organizations {
        writeln!(
            w,
            "Organization {:?}  aliases {:?}{}",
            o.label,
            o.alt_labels,
            o.parent.as_ref().map(|p| format!("  part of {p}")).unwrap_or_default()
        )?;
        if let Some(m) = o.mentions.first() {
            writeln!(w, "    first seen {}", at(ex, *m))?;
        }
    }
    for p in &ex.persons {
        writeln!(
            w,
            "{} {:?}  aliases {:?}",
            if p.is_official() { "Official" } else { "Person" },
            p.label,
            p.alt_labels
        )?;
        for t in &p.titles {
            writeln!(w, "    title {:?} {}", t.value, at(ex, t.span))?;
        }
        for o in &p.member_of {
            writeln!(w, "    memberOf {} {}", o.value, at(ex, o.span))?;
        }
        for c in &p.country {
            writeln!(w, "    country {} {}", c.value, at(ex, c.span))?;
        }
    }
    let events = ex
        .conferences
        .iter()
        .map(|c| {
            (
                "Conference",
                &c.label,
                &c.facts,
                None,
                c.attendee_count.as_ref(),
                None,
                None,
                Some(&c.organizer),
            )
        })
        .chain(ex.operations.iter().map(|o| {
            (
                "Operation",
                &o.label,
                &o.facts,
                Some(&o.coordinator),
                None,
                o.officer_count.as_ref(),
                o.arrest_count.as_ref(),
                None,
            )
        }));
    for (kind, label, f, coord, att, off, arr, organizer) in events {
        writeln!(w, "{kind} {label:?}")?;
        for o in organizer.into_iter().flatten() {
            writeln!(w, "    organizer {} {}", o.value, at(ex, o.span))?;
        }
        if let Some(c) = coord {
            for c in c {
                let v = match &c.value {
                    Agent::Org(o) => o.clone(),
                    Agent::Country(c) => c.clone(),
                };
                writeln!(w, "    coordinator {v} {}", at(ex, c.span))?;
            }
        }
        for (name, c) in [
            ("attendees", att),
            ("officers", off),
            ("arrests", arr),
            ("countries", f.country_count.as_ref()),
        ] {
            if let Some(c) = c {
                writeln!(
                    w,
                    "    {name} {}{} {}",
                    c.value,
                    c.qualifier
                        .map(|q| format!(" ({})", q.local_name()))
                        .unwrap_or_default(),
                    at(ex, c.span)
                )?;
            }
        }
        if let (Some(s), Some(e)) = (&f.start, &f.end) {
            writeln!(w, "    dates {} .. {} {}", s.value, e.value, at(ex, s.span))?;
        }
        if let Some(d) = &f.duration {
            writeln!(w, "    duration {} {}", d.value, at(ex, d.span))?;
        }
        if let Some(l) = &f.location {
            let v = match &l.value {
                PlaceRef::Country(c) => c.clone(),
                PlaceRef::Place { name, .. } => name.clone(),
            };
            writeln!(w, "    location {v} {}", at(ex, l.span))?;
        }
        if !f.participating.is_empty() {
            writeln!(
                w,
                "    participating {}",
                f.participating
                    .iter()
                    .map(|c| c.value.as_str())
                    .collect::<Vec<_>>()
                    .join(", ")
            )?;
        }
    }
    for s in &ex.seizures {
        writeln!(
            w,
            "Seizure during {}",
            s.operation.as_deref().unwrap_or("(no operation)")
        )?;
        for it in &s.items {
            writeln!(
                w,
                "    {} {:?} {} {} {}",
                it.category,
                it.label,
                it.quantity.map(|q| q.to_string()).unwrap_or("-".into()),
                it.unit.as_deref().unwrap_or("-"),
                at(ex, it.span)
            )?;
            for sub in &it.includes {
                writeln!(
                    w,
                    "      including {} {:?} {}",
                    sub.category,
                    sub.label,
                    sub.quantity.map(|q| q.to_string()).unwrap_or("-".into())
                )?;
            }
        }
    }
    for q in &ex.quotations {
        writeln!(
            w,
            "Quotation by {}: \"{}\"",
            q.speaker.as_deref().unwrap_or("(unknown)"),
            q.text.chars().take(80).collect::<String>()
        )?;
    }
    Ok(())
}

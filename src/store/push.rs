//! Pushing article graphs to a SPARQL 1.1 store with the Graph Store HTTP Protocol.
//!
//! One `PUT` per article graph (so pushing twice is idempotent: the remote graph is
//! replaced, not appended to), N-Triples bodies, HTTP Basic or Digest authentication (the
//! server's challenge decides). Credentials come from the environment or a file and never
//! appear in messages: errors name the endpoint without any user-info part.

use crate::error::StoreError;
use oxigraph::model::{NamedNode, Quad};
use std::time::Duration;

/// Where and how to push.
pub struct PushTarget {
    /// The Graph Store endpoint, e.g. `http://127.0.0.1:8890/sparql-graph-crud-auth`.
    pub endpoint: String,
    /// Query parameter naming the graph: `graph` (the standard) or `graph-uri` (Virtuoso).
    pub graph_param: String,
    pub user: Option<String>,
    pub password: Option<String>,
    pub timeout: Duration,
}

/// The outcome for one graph.
#[derive(Debug, Clone)]
pub struct Pushed {
    pub graph: String,
    pub triples: usize,
    pub result: Result<u16, String>,
}

/// The endpoint as safe to print: no user-info, no query string.
pub fn redacted(endpoint: &str) -> String {
    match endpoint.split_once("://") {
        Some((scheme, rest)) => {
            let rest = rest.rsplit_once('@').map(|(_, h)| h).unwrap_or(rest);
            format!("{scheme}://{}", rest.split('?').next().unwrap_or(rest))
        }
        None => "(invalid endpoint)".into(),
    }
}

impl PushTarget {
    /// Checks the endpoint before anything is sent.
    pub fn check(&self) -> Result<(), StoreError> {
        let e = &self.endpoint;
        if !(e.starts_with("http://") || e.starts_with("https://")) {
            return Err(StoreError::Push(format!(
                "--endpoint {} must be an http(s) URL",
                redacted(e)
            )));
        }
        if e.split("://")
            .nth(1)
            .is_some_and(|r| r.split('/').next().unwrap_or("").contains('@'))
        {
            return Err(StoreError::Push(
                "put credentials in BLOTTER_PUSH_USER / BLOTTER_PUSH_PASSWORD or --password-file, not in the URL"
                    .into(),
            ));
        }
        Ok(())
    }

    fn agent(&self) -> ureq::Agent {
        ureq::Agent::new_with_config(
            ureq::Agent::config_builder()
                .http_status_as_error(false)
                .timeout_global(Some(self.timeout))
                .build(),
        )
    }

    fn url_for(&self, graph: &NamedNode) -> String {
        let enc = percent_encoding::utf8_percent_encode(graph.as_str(), percent_encoding::NON_ALPHANUMERIC);
        let sep = if self.endpoint.contains('?') { '&' } else { '?' };
        format!("{}{sep}{}={enc}", self.endpoint, self.graph_param)
    }

    /// Sends one graph; returns the HTTP status on success.
    pub fn put_graph(&self, graph: &NamedNode, quads: &[Quad]) -> Result<u16, String> {
        let mut body = Vec::new();
        {
            let mut w =
                oxigraph::io::RdfSerializer::from_format(oxigraph::io::RdfFormat::NTriples).for_writer(&mut body);
            for q in quads {
                w.serialize_triple(oxigraph::model::TripleRef::new(&q.subject, &q.predicate, &q.object))
                    .map_err(|e| e.to_string())?;
            }
            w.finish().map_err(|e| e.to_string())?;
        }
        let url = self.url_for(graph);
        let agent = self.agent();
        let send = |auth: Option<String>| {
            let mut req = agent.put(&url).header("Content-Type", "application/n-triples");
            if let Some(a) = auth {
                req = req.header("Authorization", a);
            }
            req.send(&body[..])
        };
        let where_ = redacted(&self.endpoint);
        // With a login at hand, ask for the server's challenge with a body-less GET first: a
        // server that refuses an unauthenticated PUT may close the connection while the body
        // is still being sent.
        let mut resp = if self.user.is_some() && self.password.is_some() && self.basic().is_none() {
            let probe = agent
                .get(&url)
                .call()
                .map_err(|e| format!("cannot reach {where_}: {}", transport(&e)))?;
            if probe.status().as_u16() == 401 {
                probe
            } else {
                send(None).map_err(|e| format!("cannot reach {where_}: {}", transport(&e)))?
            }
        } else {
            send(self.basic()).map_err(|e| format!("cannot reach {where_}: {}", transport(&e)))?
        };
        if resp.status().as_u16() == 401 {
            let challenge = resp
                .headers()
                .get_all("www-authenticate")
                .iter()
                .filter_map(|v| v.to_str().ok())
                .find(|v| v.to_ascii_lowercase().starts_with("digest"))
                .map(str::to_string);
            match (challenge, &self.user, &self.password) {
                (Some(ch), Some(u), Some(p)) => {
                    let mut prompt =
                        digest_auth::parse(&ch).map_err(|e| format!("{where_}: bad digest challenge: {e}"))?;
                    let path = url
                        .split_once("://")
                        .and_then(|(_, r)| r.find('/').map(|i| r[i..].to_string()))
                        .unwrap_or("/".into());
                    let ctx = digest_auth::AuthContext::new_with_method(
                        u.as_str(),
                        p.as_str(),
                        path,
                        Some(&body[..]),
                        digest_auth::HttpMethod::PUT,
                    );
                    let header = prompt
                        .respond(&ctx)
                        .map_err(|e| format!("{where_}: digest: {e}"))?
                        .to_header_string();
                    resp = send(Some(header)).map_err(|e| format!("cannot reach {where_}: {}", transport(&e)))?;
                }
                (None, Some(u), Some(p)) => {
                    use base64::Engine;
                    let basic = format!(
                        "Basic {}",
                        base64::engine::general_purpose::STANDARD.encode(format!("{u}:{p}"))
                    );
                    resp = send(Some(basic)).map_err(|e| format!("cannot reach {where_}: {}", transport(&e)))?;
                }
                (_, None, _) | (_, _, None) => {
                    return Err(format!("{where_} asks for a login: set BLOTTER_PUSH_USER and BLOTTER_PUSH_PASSWORD (or --password-file)"));
                }
            }
        }
        let status = resp.status().as_u16();
        if (200..300).contains(&status) {
            Ok(status)
        } else {
            let text = resp.body_mut().read_to_string().unwrap_or_default();
            let text: String = text
                .split_whitespace()
                .collect::<Vec<_>>()
                .join(" ")
                .chars()
                .take(200)
                .collect();
            Err(match status {
                401 | 403 => format!("{where_} refused the login (HTTP {status})"),
                _ => format!("{where_} answered HTTP {status}: {text}"),
            })
        }
    }

    fn basic(&self) -> Option<String> {
        use base64::Engine;
        match (&self.user, &self.password) {
            (Some(u), Some(p)) if self.endpoint.starts_with("https://") => Some(format!(
                "Basic {}",
                base64::engine::general_purpose::STANDARD.encode(format!("{u}:{p}"))
            )),
            _ => None,
        }
    }
}

fn transport(e: &ureq::Error) -> String {
    match e {
        ureq::Error::Io(io) => io.to_string(),
        ureq::Error::Timeout(_) => "timed out".into(),
        other => other.to_string(),
    }
}

/// Pushes every graph of `graphs` (name, quads), one PUT each.
pub fn push_all(target: &PushTarget, graphs: Vec<(NamedNode, Vec<Quad>)>) -> Vec<Pushed> {
    graphs
        .into_iter()
        .map(|(g, quads)| Pushed {
            graph: g.as_str().to_string(),
            triples: quads.len(),
            result: target.put_graph(&g, &quads),
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn endpoints_are_printed_without_credentials() {
        assert_eq!(
            redacted("http://dba:secret@127.0.0.1:8890/sparql?x=1"),
            "http://127.0.0.1:8890/sparql"
        );
        let t = PushTarget {
            endpoint: "http://u:p@host/x".into(),
            graph_param: "graph".into(),
            user: None,
            password: None,
            timeout: Duration::from_secs(1),
        };
        let err = t.check().unwrap_err().to_string();
        assert!(!err.contains(":p@"), "{err}");
    }
}

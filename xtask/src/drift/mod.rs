//! `cargo xtask drift`: learn from the wire where the spec is wrong (`observe`), and turn what
//! was learnt into Overlay actions (`overlay`).

pub mod observe;
pub mod overlay;

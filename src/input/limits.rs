//! What reading an input may cost: one bound the screening, the zip check
//! and the readers all obey.

/// What reading an input may cost.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Limits {
    /// The most bytes any one part of a workbook may unpack to. calamine
    /// holds a shared-strings table or an ods sheet whole, so this bounds
    /// the memory a run needs for each file.
    pub memory: u64,
}

impl Limits {
    /// 1 GiB: a district's month of records unpacks to a few hundred MB.
    pub const DEFAULT_MEMORY: u64 = 1 << 30;
}

impl Default for Limits {
    fn default() -> Self {
        Limits {
            memory: Self::DEFAULT_MEMORY,
        }
    }
}

//! # files-integrator
//!
//! File systems and file managers: folders, data files of every format, folders treated as one
//! data set, and the columns of tabular files.

mod generated;
mod special;

pub use generated::*;
pub use special::{
    ArchiveProperties, folder_path_names, get_directory_names, get_file_extension, get_file_name, get_file_system_name,
};

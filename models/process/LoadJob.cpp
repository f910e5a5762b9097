#include "LoadJob.h"

namespace ledgerlens {

LoadFailure LoadFailures::fromExtraction(ExtractionError error)
{
    switch (error) {
    case ExtractionError::None: return LoadFailure::None;
    case ExtractionError::NotFound: return LoadFailure::NotFound;
    case ExtractionError::NotAFile: return LoadFailure::NotAFile;
    case ExtractionError::BadFileName: return LoadFailure::BadFileName;
    case ExtractionError::EmptyFile: return LoadFailure::EmptyFile;
    case ExtractionError::NotPdf: return LoadFailure::NotPdf;
    case ExtractionError::Truncated: return LoadFailure::Truncated;
    case ExtractionError::Damaged: return LoadFailure::Damaged;
    case ExtractionError::NoPages: return LoadFailure::NoPages;
    case ExtractionError::DamagedPageTree: return LoadFailure::DamagedPageTree;
    case ExtractionError::PageTooLarge: return LoadFailure::PageTooLarge;
    case ExtractionError::StreamTooLarge: return LoadFailure::StreamTooLarge;
    case ExtractionError::Encrypted: return LoadFailure::NeedsPassword;
    case ExtractionError::WrongPassword: return LoadFailure::WrongPassword;
    case ExtractionError::NoTextLayer: return LoadFailure::NoTextLayer;
    case ExtractionError::Cancelled: return LoadFailure::Other;
    }
    return LoadFailure::Other;
}

} // namespace ledgerlens

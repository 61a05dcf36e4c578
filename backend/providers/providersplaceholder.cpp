// SPDX-License-Identifier: MIT
// Keeps the static library non-empty until its first class lands; delete when adding one.
namespace Protostar { [[maybe_unused]] static const int kProvidersPlaceholder = 0; }
